import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { pushActionsFor, requestForAction, type PushActionWords } from "@/lib/notifications/push/notification-actions";

function wordsIn(locale: string): PushActionWords {
  const t = translatorFor(locale);
  return { mood: (mood) => t(`Wellbeing.mood.${String(mood) as "2" | "4"}`), checkedIn: (mood) => t("Notifications.push.checkedIn", { mood }) };
}

describe("push notification actions", () => {
  it("gives a check-in reminder two mood buttons, each with its confirmation, and nothing else any", () => {
    expect(pushActionsFor("wellbeing.check-in", wordsIn("en"))).toEqual({
      actions: [
        { action: "checkin:4", title: "Good" },
        { action: "checkin:2", title: "Low" },
      ],
      confirmations: { "checkin:4": "Checked in: Good", "checkin:2": "Checked in: Low" },
    });
    expect(pushActionsFor("wellbeing.meditation", wordsIn("en"))).toEqual({ actions: [], confirmations: {} });
    expect(pushActionsFor("match.found", wordsIn("en"))).toEqual({ actions: [], confirmations: {} });
  });

  it("words the buttons in the recipient's language", () => {
    expect(pushActionsFor("wellbeing.check-in", wordsIn("es"))).toEqual({
      actions: [
        { action: "checkin:4", title: "Bien" },
        { action: "checkin:2", title: "Bajo" },
      ],
      confirmations: { "checkin:4": "Registrado: Bien", "checkin:2": "Registrado: Bajo" },
    });
  });

  it("turns a mood button into a check-in", () => {
    expect(requestForAction("checkin:4")).toEqual({ path: "/api/wellbeing/checkins", body: { mood: 4 } });
  });

  it("opens the app for anything it does not know, including moods outside 1–5", () => {
    expect(requestForAction("checkin:9")).toBeNull();
    expect(requestForAction("checkin:")).toBeNull();
    expect(requestForAction("delete-everything")).toBeNull();
  });
});
