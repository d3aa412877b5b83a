// Timezones as people look for them: current IANA names, the UTC offset now, and a search over both.

/** ICU still lists some zones under names IANA has since replaced; these are the names people use. */
const CURRENT_NAMES: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

const FORMER_NAMES = new Map(Object.entries(CURRENT_NAMES).map(([former, current]) => [current, former]));

export function currentZoneName(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone;
}

/** Minutes east of UTC in `zone` at `at`. */
export function utcOffsetMinutes(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** "UTC+05:30", "UTC−08:00", "UTC". */
export function utcOffsetLabel(minutes: number): string {
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `UTC${minutes < 0 ? "−" : "+"}${hh}:${mm}`;
}

export type TimezoneOption = { value: string; label: string; offsetMinutes: number; search: string };

const normalise = (text: string) => text.toLowerCase().replaceAll("_", " ").replaceAll("−", "-").trim();

function searchTerms(zone: string, minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = String(abs % 60).padStart(2, "0");
  const offsets = [`utc${sign}${h}:${m}`, `utc${sign}${String(h).padStart(2, "0")}:${m}`, `gmt${sign}${h}:${m}`, ...(abs % 60 === 0 ? [`utc${sign}${h}`, `gmt${sign}${h}`] : [])];
  const former = FORMER_NAMES.get(zone);
  return normalise([zone, former ?? "", ...offsets, minutes === 0 ? "utc gmt" : ""].join(" | "));
}

export function timezoneOption(zone: string, at: Date): TimezoneOption {
  const value = currentZoneName(zone);
  const offsetMinutes = utcOffsetMinutes(value, at);
  return { value, label: `${utcOffsetLabel(offsetMinutes)} — ${value.replaceAll("_", " ")}`, offsetMinutes, search: searchTerms(value, offsetMinutes) };
}

/** One option per zone under its current name, west to east, then by name. */
export function timezoneOptions(zones: string[], at: Date): TimezoneOption[] {
  const byName = new Map<string, TimezoneOption>();
  for (const zone of zones) {
    const option = timezoneOption(zone, at);
    byName.set(option.value, option);
  }
  return [...byName.values()].sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.value.localeCompare(b.value));
}

/** Every word of the query appears in the zone's name, former name or offset ("kolkata", "utc+5:30", "new york"). */
export function matchesTimezone(option: TimezoneOption, query: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  return words.every((word) => option.search.includes(word));
}
