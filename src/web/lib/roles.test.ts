import { describe, expect, it } from 'vitest';
import { ROLES, UNIT_KINDS } from '../../shared/roles';
import { ROLE_OPTIONS, UNIT_KIND_OPTIONS } from './roles';

describe('form options', () => {
  it('offer exactly the roles and unit kinds the server knows', () => {
    expect([...ROLE_OPTIONS].sort()).toEqual([...ROLES].sort());
    expect([...UNIT_KIND_OPTIONS].sort()).toEqual([...UNIT_KINDS].sort());
  });
});
