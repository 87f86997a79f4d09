import type { Command } from 'commander';
import { verifyAuditChain } from '../platform/audit/verify';
import { withServices } from './with-services';

export function auditCommands(program: Command) {
  const audit = program.command('audit').description('jejak audit / audit trail');
  audit
    .command('verify')
    .description('periksa rantai hash jejak audit / verify the hash chain of the audit trail')
    .action(async () => {
      await withServices(async ({ db }) => {
        const result = await verifyAuditChain(db);
        if (result.ok) {
          process.stdout.write(`Rantai audit utuh / audit chain intact: ${result.entries} entri\n`);
          return;
        }
        const what = result.reason === 'content' ? 'isinya diubah / its content was altered' : 'tautannya putus / its link is broken';
        process.stdout.write(
          `Rantai audit RUSAK pada entri #${result.brokenAt}: ${what}\nAudit chain BROKEN at entry #${result.brokenAt}\n`,
        );
        process.exitCode = 2;
      });
    });
}
