import type en from "../messages/en.json";

// Typed keys: t("…") with a key en.json does not have fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
