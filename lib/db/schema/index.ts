export * from "./users";
export * from "./platform";
export * from "./auth";
export * from "./realtime";
export * from "./ai";
export * from "./practice";
export * from "./coach";
export * from "./notifications";
