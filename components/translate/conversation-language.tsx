"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { useConversationLanguage } from "@/hooks/use-translate-chat";
import { LANGUAGE_NAMES } from "./api-types";

/** Which language I read this conversation in (overrides my preferred language here only). */
export function ConversationLanguage({ conversationId, language }: { conversationId: string; language: string }) {
  const t = useTranslations("Translate");
  const change = useConversationLanguage(conversationId);
  const id = `conversation-language-${conversationId}`;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-xs text-muted-foreground">
        {t("readIn")}
      </label>
      <Select id={id} className="h-9 w-36" value={language} disabled={change.isPending} onChange={(e) => change.mutate(e.target.value)}>
        {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </Select>
      {change.isError ? (
        <span role="alert" className="text-xs text-destructive">
          {change.error.message}
        </span>
      ) : null}
    </div>
  );
}
