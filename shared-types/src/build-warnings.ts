// What a site build warns about without failing (an upload it had to leave out, an entry it could
// not render), as the build prints it and the publisher reads it into its status.
import { z } from 'zod';

/** Prefix of a warning line in the build's output; the rest of the line is one JSON object. */
export const BUILD_WARNING_PREFIX = '[build-warning] ';

export const buildWarningSchema = z.object({
  /** Content type key, e.g. `article`. */
  type: z.string(),
  /** The entry's slug (or title). */
  entry: z.string(),
  /** Dotted path of the field, e.g. `cover` or `seo.shareImage`. */
  field: z.string(),
  /** The upload's file name, when an upload was left out; none when the whole entry was. */
  file: z.string().optional(),
  reason: z.string(),
});
export type BuildWarning = z.infer<typeof buildWarningSchema>;

/** The line a build prints for a warning. */
export function formatBuildWarning(warning: BuildWarning): string {
  return `${BUILD_WARNING_PREFIX}${JSON.stringify(warning)}`;
}

/** The warning a line of build output carries, or null for any other line. */
export function parseBuildWarning(line: string): BuildWarning | null {
  const start = line.indexOf(BUILD_WARNING_PREFIX);
  if (start < 0) return null;
  try {
    return buildWarningSchema.parse(JSON.parse(line.slice(start + BUILD_WARNING_PREFIX.length)));
  } catch {
    return null;
  }
}
