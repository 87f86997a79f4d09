import { useQuery } from '@tanstack/react-query';
import type { TFeedRequest } from '../../../../shared/media';
import { api, unwrap } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

/** The feeds with their last result (everyone in the bureau reads them). */
export function useFeeds() {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'feeds'],
    queryFn: () => unwrap(api.api.media.feeds.$get()),
    select: (body) => body.items,
  });
}

/** A feed's poll log, newest first (at most the last 100 polls). Not asked for until `enabled`. */
export function useFeedPolls(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'feeds', id, 'polls'],
    queryFn: () => unwrap(api.api.media.feeds[':id'].polls.$get({ param: { id } })),
    select: (body) => body.items,
    enabled,
  });
}

export function useSaveFeed() {
  return useMediaMutation(({ id, body }: { id: string | null; body: TFeedRequest }) =>
    id ? unwrap(api.api.media.feeds[':id'].$patch({ param: { id }, json: body })) : unwrap(api.api.media.feeds.$post({ json: body })),
  );
}

/** Polls a feed now; a failure is an answer (`status: 'error'`), not a thrown error. */
export function usePollFeed() {
  return useMediaMutation((id: string) => unwrap(api.api.media.feeds[':id'].poll.$post({ param: { id } })));
}
