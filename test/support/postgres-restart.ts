// Restarts the machine's PostgreSQL server, as an operator or a crash-and-recover would: every open
// connection of every process (Temporal's services, workers, APIs) is dropped at once.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** Debian's `pg_ctlcluster` for the one cluster this machine runs (README, Tests). */
export function restartPostgres(): void {
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  if (versions.length !== 1)
    throw new Error(
      `restarting PostgreSQL needs Debian's pg_ctlcluster and exactly one cluster under /etc/postgresql (found ${versions.length})`,
    );
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0]!, 'main', 'restart'], {
    stdio: 'inherit',
  });
}
