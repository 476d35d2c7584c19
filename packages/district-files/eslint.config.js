export { default } from "@allot/eslint-config";
