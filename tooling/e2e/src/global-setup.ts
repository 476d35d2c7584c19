export { testDatabaseGlobalSetup as default } from "@allot/db/testing";
