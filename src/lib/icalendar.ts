/** A small RFC 5545 writer for published calendars (VCALENDAR of VEVENTs): enough for a feed a
 *  calendar app subscribes to, written by hand because it is a page of rules, not a dependency. */

export interface CalendarEvent {
  /** Stable across fetches: a calendar app updates the event it has rather than add another. */
  readonly uid: string;
  /** When this version of the event was written. */
  readonly stamp: Date;
  /** A whole day, or a local ("floating") time that day, as the reader's own clock shows it. */
  readonly start: { readonly day: string; readonly time?: string };
  /** Length of a timed event; a day event lasts the day. */
  readonly minutes?: number;
  readonly summary: string;
  readonly description?: string;
  readonly url?: string;
}

export interface Calendar {
  /** The product that wrote it, e.g. "-//Claypot//Meal plan//EN". */
  readonly productId: string;
  /** What calendar apps name the subscription (X-WR-CALNAME, a de facto standard). */
  readonly name: string;
  readonly events: readonly CalendarEvent[];
}

const MAX_OCTETS = 75;
const CRLF = "\r\n";

const isControl = (code: number) => (code < 0x20 && code !== 0x09) || code === 0x7f;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, and
 *  other control characters dropped, as the grammar allows none. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .split("")
    .filter((char) => !isControl(char.charCodeAt(0)))
    .join("");
}

const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Folds a content line at 75 octets (RFC 5545 3.1): each further line starts with a space, and
 *  no UTF-8 sequence is split. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    // A continuation's leading space counts toward its 75 octets.
    const limit = lines.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      lines.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

const compactDay = (day: string) => day.replaceAll("-", "");
const utcStamp = (instant: Date) => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function eventLines(event: CalendarEvent): string[] {
  const { day, time } = event.start;
  const when = time
    ? [
        `DTSTART:${compactDay(day)}T${time.replace(":", "")}00`,
        `DURATION:PT${Math.max(1, Math.round(event.minutes ?? 60))}M`,
      ]
    : [`DTSTART;VALUE=DATE:${compactDay(day)}`, `DTEND;VALUE=DATE:${compactDay(nextDay(day))}`];
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description !== undefined ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // URL is a URI value, not TEXT: it is written as is (a URI has no commas to escape here).
    ...(event.url !== undefined ? [`URL:${event.url.replace(/[\r\n]/g, "")}`] : []),
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** The calendar as one iCalendar document: CRLF line ends, every line folded. */
export function writeCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(calendar.productId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
