import { describe, expect, it } from "vitest";
import {
  calendarOrganizer,
  googleCalendarUrl,
  outlookCalendarUrl,
  sessionDetails,
  sessionIcs,
  sessionLinks,
  sessionTitle,
  type SessionForCalendar,
} from "@/lib/coach/planning/session-links";

const APP = "https://cadence.example";
const session: SessionForCalendar = {
  id: "8b0f3c4e-1234-4abc-9def-0123456789ab",
  scheduledFor: new Date("2026-11-24T09:30:00+01:00"),
  durationMinutes: 45,
  goal: "Plan the Q1 hiring push & the London pitch",
  framework: "GROW",
  status: "scheduled",
  calendarSequence: 0,
  updatedAt: new Date("2026-11-20T10:00:00Z"),
};
const ORGANIZER = { name: "Cadence", email: "coach@cadence.example" };

/** RFC 5545 folds long lines with CRLF + whitespace; unfolded, each property is one line. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

describe("sessionDetails", () => {
  it("puts the right article before the framework's name", () => {
    expect(sessionDetails({ ...session, framework: "OKR" }, APP)).toMatch(/^An OKR session/);
    expect(sessionDetails({ ...session, framework: "open" }, APP)).toMatch(/^An open session/);
    expect(sessionDetails({ ...session, framework: "SWOT" }, APP)).toMatch(/^A SWOT session/);
    expect(sessionDetails(session, APP)).toMatch(/^A GROW session/);
  });
});

describe("Google Calendar link", () => {
  it("opens the event template with the title, UTC start/end and the way back to the session", () => {
    const url = googleCalendarUrl(session, APP);
    expect(url.startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&")).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get("dates")).toBe("20261124T083000Z/20261124T091500Z");
    expect(params.get("text")).toBe("Coaching session: Plan the Q1 hiring push & the London pitch");
    expect(params.get("details")).toContain(`${APP}/coach?session=${session.id}`);
    expect(params.get("details")).toContain("GROW");
  });
});

describe("Outlook link", () => {
  it("composes an event with ISO start and end in UTC", () => {
    const url = outlookCalendarUrl(session, APP);
    expect(url.startsWith("https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&")).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get("startdt")).toBe("2026-11-24T08:30:00Z");
    expect(params.get("enddt")).toBe("2026-11-24T09:15:00Z");
    expect(params.get("subject")).toBe(sessionTitle(session));
    expect(params.get("body")).toContain(`${APP}/coach?session=${session.id}`);
  });
});

describe("sessionLinks", () => {
  it("points the .ics link at the session's download route", () => {
    expect(sessionLinks(session, APP).ics).toBe(`/api/coach/sessions/${session.id}/ics`);
  });

  it("shortens a very long goal in the title but keeps it whole in the details", () => {
    const long = { ...session, goal: "word ".repeat(60).trim() };
    expect(sessionTitle(long).length).toBeLessThanOrEqual(120);
    expect(sessionTitle(long).endsWith("…")).toBe(true);
    expect(new URL(googleCalendarUrl(long, APP)).searchParams.get("details")).toContain(long.goal);
  });
});

describe("sessionIcs", () => {
  it("is one VEVENT whose UID is the session id, in UTC, with the session URL", () => {
    const lines = unfold(sessionIcs(session, APP, ORGANIZER));
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines).toContain(`UID:${session.id}`);
    expect(lines).toContain("DTSTART:20261124T083000Z");
    expect(lines).toContain("DTEND:20261124T091500Z");
    expect(lines).toContain(`URL:${APP}/coach?session=${session.id}`);
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines.find((l) => l.startsWith("SUMMARY:"))).toBe("SUMMARY:Coaching session: Plan the Q1 hiring push & the London pitch");
  });

  it("marks a cancelled session as cancelled", () => {
    expect(unfold(sessionIcs({ ...session, status: "cancelled" }, APP, ORGANIZER))).toContain("STATUS:CANCELLED");
  });

  it("carries SEQUENCE, LAST-MODIFIED and the organizer, so a re-import replaces the event", () => {
    const lines = unfold(sessionIcs({ ...session, calendarSequence: 3 }, APP, ORGANIZER));
    expect(lines).toContain("SEQUENCE:3");
    expect(lines).toContain("LAST-MODIFIED:20261120T100000Z");
    expect(lines.find((l) => l.startsWith("ORGANIZER"))).toBe('ORGANIZER;CN="Cadence":MAILTO:coach@cadence.example');
  });

  it("reminds 15 minutes before the start", () => {
    const lines = unfold(sessionIcs(session, APP, ORGANIZER));
    const alarm = lines.slice(lines.indexOf("BEGIN:VALARM"), lines.indexOf("END:VALARM") + 1);
    expect(alarm).toContain("ACTION:DISPLAY");
    expect(alarm).toContain("TRIGGER:-PT15M");
  });
});

describe("calendarOrganizer", () => {
  it("reads a named sender and a bare address", () => {
    expect(calendarOrganizer('"Cadence Coach" <coach@cadence.example>')).toEqual({ name: "Cadence Coach", email: "coach@cadence.example" });
    expect(calendarOrganizer("no-reply@cadence.example")).toEqual({ name: "Cadence", email: "no-reply@cadence.example" });
  });
});
