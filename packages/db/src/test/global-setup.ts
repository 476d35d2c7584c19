export { testDatabaseGlobalSetup as default } from "../testing.js";
