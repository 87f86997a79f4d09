import { useQuery } from '@tanstack/react-query';
import type { TMediaSettings } from '../../../../shared/media';
import { api, unwrap } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

/** The media module's settings: digest times, default feed keywords, the public form's limit and notice. */
export function useMediaSettings(enabled = true) {
  return useQuery({ queryKey: [...MEDIA_KEY, 'settings'], queryFn: () => unwrap(api.api.media.settings.$get()), enabled });
}

export function useSaveMediaSettings() {
  return useMediaMutation((body: TMediaSettings) => unwrap(api.api.media.settings.$put({ json: body })));
}

/** The addresses the digest is e-mailed to, per unit (those who edit the settings manage them). */
export function useSubscriptions(enabled: boolean) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'digest-subscriptions'],
    queryFn: () => unwrap(api.api.media['digest-subscriptions'].$get()),
    select: (body) => body.items,
    enabled,
  });
}

/** Subscribes a unit's address, or switches a subscription on or off (the pair unit + address is the key). */
export function useSaveSubscription() {
  return useMediaMutation((body: { unitId: string; email: string; active: boolean }) =>
    unwrap(api.api.media['digest-subscriptions'].$put({ json: body })),
  );
}
