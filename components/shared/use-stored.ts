// Live views of storage for React: load once, then follow every change (another tab, the popup, the
// background) through the storage watchers.
import { useEffect, useState } from 'react';
import type { Overrides } from '~/lib/resume/overrides';
import {
  getOverrides,
  getSettings,
  listProfiles,
  watchOverrides,
  watchProfiles,
  watchSettings,
  type Profile,
  type Settings,
} from '~/lib/storage';

function useLive<T>(
  load: () => Promise<T>,
  watch: (cb: (v: T) => void) => () => void,
  key: string,
): T | null {
  // Tagged with the key it was loaded for, so switching profiles never shows the previous one's data.
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    const unwatch = watch((value) => live && setState({ key, value }));
    void load().then((value) => live && setState({ key, value }));
    return () => {
      live = false;
      unwatch();
    };
    // load and watch are rebuilt every render; the key says when they mean something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key ? state.value : null;
}

const NO_OVERRIDES: Overrides = Object.freeze({}) as Overrides;

/** null while loading. */
export function useProfiles(): Profile[] | null {
  return useLive(listProfiles, watchProfiles, 'profiles');
}

export function useSettings(): Settings | null {
  return useLive(getSettings, watchSettings, 'settings');
}

export function useOverrides(profileId: string | undefined): Overrides {
  const value = useLive<Overrides>(
    () => (profileId ? getOverrides(profileId) : Promise.resolve({})),
    (cb) => (profileId ? watchOverrides(profileId, cb) : () => undefined),
    `overrides:${profileId ?? ''}`,
  );
  return value ?? NO_OVERRIDES;
}
