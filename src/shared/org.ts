import { z } from '@hono/zod-openapi';
import { ZRole, ZUnitKind } from './roles';

export const ZUnit = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: ZUnitKind,
    parentId: z.string().nullable(),
    proposing: z.boolean(),
    active: z.boolean(),
  })
  .openapi('Unit');
export type TUnit = z.infer<typeof ZUnit>;

export const ZCreateUnitRequest = z
  .strictObject({
    code: z.string().trim().min(1).max(40),
    name: z.string().trim().min(2).max(200),
    nameEn: z.string().trim().max(200).nullable().optional(),
    kind: ZUnitKind,
    parentId: z.string().uuid().nullable(),
    proposing: z.boolean().default(false),
  })
  .openapi('CreateUnitRequest');
export type TCreateUnitRequest = z.infer<typeof ZCreateUnitRequest>;

export const ZUpdateUnitRequest = ZCreateUnitRequest.partial()
  .extend({ active: z.boolean().optional() })
  .strict()
  .openapi('UpdateUnitRequest');
export type TUpdateUnitRequest = z.infer<typeof ZUpdateUnitRequest>;

export const ZUser = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: ZRole,
    unitId: z.string().nullable(),
    locale: z.enum(['id', 'en']),
    active: z.boolean(),
    twoFactorEnabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');
export type TUser = z.infer<typeof ZUser>;

export const ZCreateUserRequest = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    email: z.string().trim().toLowerCase().email().max(254),
    role: ZRole,
    unitId: z.string().uuid().nullable(),
    password: z.string().min(12).max(256),
    locale: z.enum(['id', 'en']).default('id'),
  })
  .openapi('CreateUserRequest');
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z
  .strictObject({
    name: z.string().trim().min(2).max(200).optional(),
    role: ZRole.optional(),
    unitId: z.string().uuid().nullable().optional(),
    locale: z.enum(['id', 'en']).optional(),
    active: z.boolean().optional(),
  })
  .openapi('UpdateUserRequest');
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZHoliday = z
  .object({ id: z.string(), date: z.string(), name: z.string(), kind: z.enum(['national', 'cuti_bersama']) })
  .openapi('Holiday');
export type THoliday = z.infer<typeof ZHoliday>;

export const ZCreateHolidayRequest = z
  .strictObject({
    date: z.iso.date(),
    name: z.string().trim().min(2).max(200),
    kind: z.enum(['national', 'cuti_bersama']),
  })
  .openapi('CreateHolidayRequest');
export type TCreateHolidayRequest = z.infer<typeof ZCreateHolidayRequest>;

export const ZFiscalYear = z
  .object({
    year: z.number().int(),
    startDate: z.string(),
    endDate: z.string(),
    closed: z.boolean(),
    quarters: z.array(z.object({ quarter: z.number().int(), startDate: z.string(), endDate: z.string(), workingDays: z.number().int() })),
  })
  .openapi('FiscalYear');
export type TFiscalYear = z.infer<typeof ZFiscalYear>;

export const ZMe = z
  .object({
    user: ZUser,
    unit: ZUnit.nullable(),
    permissions: z.array(z.string()),
    totpRequired: z.boolean(),
    demo: z.boolean(),
  })
  .openapi('Me');
export type TMe = z.infer<typeof ZMe>;
