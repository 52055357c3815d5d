/**
 * The kiosk program's version as the heartbeat reports it: package.json's `version`, put into the
 * bundle by next.config.js (NEXT_PUBLIC_APP_VERSION) so the county office sees which build runs.
 */
export const APP_VERSION = process.env.NEXT_PUBLIC_APP_VERSION ?? "0.0.0-dev";
