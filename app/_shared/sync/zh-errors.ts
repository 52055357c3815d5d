import { z } from "zod";

/**
 * Per-parse options that word zod's built-in messages in Chinese (`schema.safeParse(x, ZH)`), for
 * messages staff read (CLI, console) and field errors returned to kiosks. Messages written on a
 * schema still win. Per parse rather than `z.config`, so no other module's parsing changes.
 */
export const ZH = { error: z.locales.zhCN().localeError } as const;
