import { createEvent } from "ics";

// Calendar links for a scheduled coaching session: Google and Outlook "add event" URLs and an .ics
// file. Pure functions of the session, so the same links come out wherever they are built.

export type SessionForCalendar = {
  id: string;
  scheduledFor: Date;
  durationMinutes: number;
  goal: string;
  framework: string;
  status: string;
  calendarSequence: number;
  updatedAt: Date;
};

export type CalendarOrganizer = { name: string; email: string };

export type SessionLinks = { google: string; outlook: string; ics: string };

const MAX_TITLE_CHARS = 120;
const REMINDER_MINUTES = 15;

export function sessionEndOf(session: Pick<SessionForCalendar, "scheduledFor" | "durationMinutes">): Date {
  return new Date(session.scheduledFor.getTime() + session.durationMinutes * 60_000);
}

/** Where the session is run: the coach page, opened on this session. */
export function sessionStartUrl(appUrl: string, sessionId: string): string {
  return new URL(`/coach?session=${encodeURIComponent(sessionId)}`, appUrl).toString();
}

export function sessionTitle(session: Pick<SessionForCalendar, "goal">): string {
  const title = `Coaching session: ${session.goal.replace(/\s+/g, " ").trim()}`;
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : title;
}

/** "An OKR session", "A SWOT session", "An open session": the article goes by how the name is said. */
function frameworkArticle(framework: string): "A" | "An" {
  return /^(OKR|[aeiou])/i.test(framework) ? "An" : "A";
}

export function sessionDetails(session: SessionForCalendar, appUrl: string): string {
  return [
    `${frameworkArticle(session.framework)} ${session.framework} session with your Cadence coach.`,
    `Goal: ${session.goal}`,
    "",
    `Start the session: ${sessionStartUrl(appUrl, session.id)}`,
  ].join("\n");
}

/** 2026-11-24T09:30:00.000Z → 20261124T093000Z */
function compactUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function query(params: [string, string][]): string {
  return params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
}

export function googleCalendarUrl(session: SessionForCalendar, appUrl: string): string {
  const dates = `${compactUtc(session.scheduledFor)}/${compactUtc(sessionEndOf(session))}`;
  return `https://calendar.google.com/calendar/render?action=TEMPLATE&${query([
    ["text", sessionTitle(session)],
  ])}&dates=${dates}&${query([["details", sessionDetails(session, appUrl)]])}`;
}

export function outlookCalendarUrl(session: SessionForCalendar, appUrl: string): string {
  return `https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&${query([
    ["subject", sessionTitle(session)],
    ["startdt", isoUtc(session.scheduledFor)],
    ["enddt", isoUtc(sessionEndOf(session))],
    ["body", sessionDetails(session, appUrl)],
  ])}`;
}

export function sessionIcsPath(sessionId: string): string {
  return `/api/coach/sessions/${sessionId}/ics`;
}

export function sessionLinks(session: SessionForCalendar, appUrl: string): SessionLinks {
  return {
    google: googleCalendarUrl(session, appUrl),
    outlook: outlookCalendarUrl(session, appUrl),
    ics: sessionIcsPath(session.id),
  };
}

/** "Cadence <no-reply@cadence.app>" or a bare address → the event's ORGANIZER. */
export function calendarOrganizer(from: string): CalendarOrganizer {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (named?.[2]) return { name: named[1]?.trim() || "Cadence", email: named[2].trim() };
  return { name: "Cadence", email: from.trim() };
}

/**
 * The session as an iCalendar event. UID is the session id and SEQUENCE grows with every change, so a
 * re-download replaces the event in the calendar (a reschedule moves it, a cancellation removes it).
 */
export function sessionIcs(session: SessionForCalendar, appUrl: string, organizer: CalendarOrganizer): string {
  const { error, value } = createEvent({
    uid: session.id,
    productId: "cadence/coach",
    start: session.scheduledFor.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: sessionEndOf(session).getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: sessionTitle(session),
    description: sessionDetails(session, appUrl),
    url: sessionStartUrl(appUrl, session.id),
    status: session.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
    sequence: session.calendarSequence,
    lastModified: session.updatedAt.getTime(),
    organizer,
    alarms: [
      { action: "display", description: sessionTitle(session), trigger: { minutes: REMINDER_MINUTES, before: true } },
    ],
  });
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return value;
}
