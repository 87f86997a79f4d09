import type { PolicyMap } from '../../platform/authorize';
import type { Actor } from '../../platform/context';

const is =
  (...roles: Actor['role'][]) =>
  (actor: Actor) =>
    roles.includes(actor.role);

/** The bureau's own roles: everyone in the bureau reads the media work; unit users do not. */
const BUREAU = ['kepala_biro', 'koordinator', 'staf', 'perencana', 'auditor', 'admin'] as const;
/** Who does the daily media work (the Humas group's staff and its coordinator). */
const WORKERS = ['koordinator', 'staf'] as const;

/**
 * Media relations (spec 30). Staff and the coordinator record and label; the coordinator and the
 * head triage and assign interview requests; units read the digest that is sent to them and
 * request coverage of their own activities; auditors read everything and change nothing.
 */
export const mediaPolicy = {
  'media.read': is(...BUREAU),
  'media.news.edit': is(...WORKERS),
  'media.news.import': is(...WORKERS),
  'media.feeds.manage': is('koordinator', 'admin'),
  'media.tone.retrain': is('koordinator', 'admin'),
  'media.settings.edit': is('koordinator', 'admin'),
  'media.digest.read': is(...BUREAU, 'unit_pengusul'),
  'media.digest.send': is(...WORKERS),
  'media.release.edit': is(...WORKERS),
  'media.coverage.read': is(...BUREAU, 'unit_pengusul'),
  'media.coverage.request': is(...WORKERS, 'unit_pengusul'),
  'media.coverage.edit': is(...WORKERS),
  'media.interview.read': is(...BUREAU),
  'media.interview.edit': is(...WORKERS),
  'media.interview.assign': is('koordinator', 'kepala_biro'),
  'media.contacts.read': is(...WORKERS, 'kepala_biro', 'auditor', 'admin'),
  'media.contacts.edit': is(...WORKERS),
  /** Showing, exporting and erasing a person's data on request (UU 27/2022). */
  'media.contacts.personal_data': is('koordinator', 'admin'),
  /** The log of those requests and their deadlines: also the head, who answers for the bureau, and auditors. */
  'media.contacts.requests.read': is('koordinator', 'admin', 'kepala_biro', 'auditor'),
} satisfies PolicyMap;
