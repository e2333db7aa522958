// Recruiting platforms where the light content script is present before the user asks for anything
// (so the highlight button can appear beside a focused text box and a fill starts instantly). Everywhere
// else nothing is injected until the user's gesture grants activeTab. Derived from the adapters' and
// known platforms' match patterns (lib/adapters/), so the adapter that claims a page and the permission
// that lets us onto it come from one list; it doubles as the extension's host permissions.
import { PLATFORMS } from '../adapters';

export const RECRUITING_MATCHES: readonly string[] = [...new Set(PLATFORMS.flatMap((p) => p.matches))];
