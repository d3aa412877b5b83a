import { describe, expect, it } from "vitest";
import { pushActionsFor, requestForAction } from "@/lib/notifications/push/notification-actions";

describe("push notification actions", () => {
  it("gives a check-in reminder two mood buttons and nothing else any", () => {
    expect(pushActionsFor("wellbeing.check-in")).toEqual([
      { action: "checkin:4", title: "Good" },
      { action: "checkin:2", title: "Low" },
    ]);
    expect(pushActionsFor("wellbeing.meditation")).toEqual([]);
    expect(pushActionsFor("match.found")).toEqual([]);
  });

  it("turns a mood button into a check-in with a confirmation", () => {
    expect(requestForAction("checkin:4")).toEqual({ path: "/api/wellbeing/checkins", body: { mood: 4 }, confirmation: "Checked in: Good" });
  });

  it("opens the app for anything it does not know, including moods outside 1–5", () => {
    expect(requestForAction("checkin:9")).toBeNull();
    expect(requestForAction("checkin:")).toBeNull();
    expect(requestForAction("delete-everything")).toBeNull();
  });
});
