export { react as default } from "@allot/eslint-config";
