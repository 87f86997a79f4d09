import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconRss } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TFeed } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFeeds } from '../api/feeds';
import { useMediaSettings } from '../api/settings';
import { FeedCard } from '../components/feed-card';
import { FeedForm } from '../components/feed-form';
import { NewsTabs } from '../components/news-tabs';

/** Umpan RSS: the feeds the scheduler reads, how each last went, "read now", and each feed's log. */
export default function FeedsScreen() {
  const { t } = useT();
  const can = useCan();
  const feeds = useFeeds();
  const settings = useMediaSettings();
  const defaultKeywords = settings.data?.feedKeywords ?? [];
  const [editing, setEditing] = useState<TFeed | null>(null);
  const [open, setOpen] = useState(false);
  const edit = (feed: TFeed | null) => {
    setEditing(feed);
    setOpen(true);
  };
  const manage = can('media.feeds.manage');

  return (
    <>
      <PageHeader
        title={t('media.feeds.title')}
        intro={t('media.feeds.intro')}
        actions={
          manage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => edit(null)}>
              {t('media.feeds.add')}
            </Button>
          ) : null
        }
      />
      <NewsTabs />
      <Stack gap="md">
        {defaultKeywords.length ? (
          <Text size="sm" c="dimmed" data-testid="default-keywords">
            {t('media.feeds.defaultKeywords', { keywords: defaultKeywords.join(', ') })}
            {can('media.settings.edit') ? (
              <>
                {' · '}
                <Anchor component={Link} to="/humas/ringkasan/pengaturan" inherit>
                  {t('media.feeds.changeDefaults')}
                </Anchor>
              </>
            ) : null}
          </Text>
        ) : null}
        <QueryState query={feeds}>
          {() =>
            feeds.data!.length === 0 ? (
              <Card withBorder data-testid="feeds-empty">
                <Group align="flex-start" wrap="nowrap" gap="md">
                  <IconRss size={32} aria-hidden color="var(--mantine-color-orange-6)" style={{ flexShrink: 0 }} />
                  <Stack gap="xs">
                    <Title order={2} size="h4">
                      {t('media.feeds.empty.title')}
                    </Title>
                    <Text size="sm">{t('media.feeds.empty.what')}</Text>
                    <Text size="sm">{manage ? t('media.feeds.empty.howManage') : t('media.feeds.empty.howRead')}</Text>
                    {manage ? (
                      <Group>
                        <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => edit(null)}>
                          {t('media.feeds.add')}
                        </Button>
                      </Group>
                    ) : null}
                  </Stack>
                </Group>
              </Card>
            ) : (
              <Stack gap="md">
                {feeds.data!.map((feed) => (
                  <FeedCard key={feed.id} feed={feed} onEdit={() => edit(feed)} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
      {manage ? <FeedForm feed={editing} opened={open} onClose={() => setOpen(false)} defaultKeywords={defaultKeywords} /> : null}
    </>
  );
}
