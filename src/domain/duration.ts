import { z } from "zod";

/** A length of time in seconds; a range ("3–4 minutes") keeps both ends. */
export const DurationSchema = z.object({
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().optional(),
});
export type Duration = z.infer<typeof DurationSchema>;

/** The longest the duration may take: JSON-LD allows one value, and a cook plans for the most. */
export function longest(duration: Duration): number {
  return duration.max ?? duration.min;
}

/** ISO 8601 duration of the upper bound: 5400 s → "PT1H30M". */
export function toIsoDuration(duration: Duration): string {
  const total = longest(duration);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = [
    hours ? `${hours}H` : "",
    minutes ? `${minutes}M` : "",
    seconds || total === 0 ? `${seconds}S` : "",
  ];
  return `PT${parts.join("")}`;
}

function formatSeconds(total: number): string {
  if (total % 3600 === 0) return `${total / 3600} h`;
  if (total >= 3600) return `${Math.floor(total / 3600)} h ${Math.round((total % 3600) / 60)} min`;
  if (total % 60 === 0) return `${total / 60} min`;
  if (total > 60) return `${Math.floor(total / 60)} min ${total % 60} s`;
  return `${total} s`;
}

/** "3–4 min", "1 h 30 min", "45 s". */
export function formatDuration(duration: Duration): string {
  if (duration.max === undefined || duration.max === duration.min)
    return formatSeconds(duration.min);
  const unitOf = (s: number) => (s % 3600 === 0 ? 3600 : s % 60 === 0 && s < 3600 ? 60 : 0);
  const unit = unitOf(duration.min);
  if (unit && unit === unitOf(duration.max)) {
    const suffix = unit === 3600 ? "h" : "min";
    return `${duration.min / unit}–${duration.max / unit} ${suffix}`;
  }
  return `${formatSeconds(duration.min)} – ${formatSeconds(duration.max)}`;
}
