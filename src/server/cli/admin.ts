import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { ZCreateUserRequest } from '../../shared/org';
import { createUser } from '../modules/org/commands/users';
import { units } from '../modules/org/schema';
import { SYSTEM_META } from '../platform/command';
import { AppError } from '../platform/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { withServices } from './with-services';

export function adminCommands(program: Command) {
  const admin = program.command('admin').description('administrasi akun / account administration');
  admin
    .command('create-user')
    .description('buat akun / create an account')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'kepala_biro | koordinator | staf | perencana | unit_pengusul | auditor | admin')
    .option('--unit <code>', 'kode unit / unit code, e.g. BKSHM')
    .option('--password <password>', 'or SIMPUL_NEW_PASSWORD (keeps it out of the shell history)')
    .action(async (opts: { email: string; name: string; role: string; unit?: string; password?: string }) => {
      await withServices(async ({ db }) => {
        let unitId: string | null = null;
        if (opts.unit) {
          const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, opts.unit));
          if (!unit) throw new Error(`Unit ${opts.unit} tidak ditemukan / unit not found`);
          unitId = unit.id;
        }
        const parsed = ZCreateUserRequest.safeParse({
          email: opts.email,
          name: opts.name,
          role: opts.role,
          unitId,
          password: opts.password ?? process.env.SIMPUL_NEW_PASSWORD ?? '',
        });
        if (!parsed.success) {
          throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
        }
        try {
          const user = await db.transaction((tx) => createUser({ tx, actor: null, meta: SYSTEM_META }, parsed.data));
          process.stdout.write(`Akun dibuat / account created: ${user.email} (${user.role})\n`);
        } catch (error) {
          if (error instanceof AppError) throw new Error(errorMessage('id', error.code, error.options.params));
          throw error;
        }
      });
    });
}
