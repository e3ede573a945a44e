// The funds ledger over HTTP: a project's entries and balances, finance's repayment receipts, and the
// portfolio's totals by call-list year, field, county or funding mode (R11), as JSON or CSV.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProjectCode, ReceiptRequest } from '../../contract/project';
import { exactly } from '../../contract/exact-schema';
import {
  LEDGER_GROUPINGS,
  ledgerEntriesOf,
  ledgerTotals,
  recordReceipt,
  type LedgerEntry,
  type LedgerTotals,
} from '../../db/ledger';
import { createProjectRepository } from '../../db/projects/reads';
import {
  LEDGER_ENTRY_KINDS,
  ledgerBalances,
  receiptExceedsOutstanding,
  type LedgerBalances,
} from '../../rules';
import type { AppContext } from '../app';
import { projectAccess } from '../project-access';
import { ruleViolations } from '../problem';
import { actorOf } from '../request-context';

const Params = z.object({ code: ProjectCode });
const fen = () => z.number().describe('Fen');

const BalancesView = exactly<LedgerBalances>()(
  z.object({
    approved: fen(),
    planned: fen(),
    paid: fen(),
    spent: fen(),
    selfRaisedSpent: fen(),
    unspent: fen(),
    reclaimed: fen(),
    received: fen(),
    outstanding: fen(),
  }),
);

const EntryView = exactly<LedgerEntry>()(
  z.object({
    entryKey: z.string(),
    phase: z.number(),
    kind: z.enum(LEDGER_ENTRY_KINDS),
    amount: fen(),
    selfRaised: fen(),
    instalment: z.number().optional(),
    gate: z.string().optional().describe('What allowed the entry: the gate of an instalment, a termination'),
    occurredOn: z.string(),
    dueOn: z.string().optional(),
    actorId: z.string(),
    actorRole: z.string(),
    basis: z.string(),
    ruleIds: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
    recordedAt: z.string(),
  }),
);

const LedgerView = z.object({
  code: z.string(),
  balances: BalancesView,
  phases: z.array(z.object({ phase: z.number(), balances: BalancesView })),
  entries: z.array(EntryView),
});

const TotalsView = exactly<LedgerTotals>()(BalancesView.extend({ group: z.string(), projects: z.number() }));

const CSV_COLUMNS = ['group', 'projects', ...BalancesView.keyof().options] as const;

const csvCell = (value: string | number): string =>
  typeof value === 'number' || !/[",\n\r]/.test(value) ? String(value) : `"${value.replaceAll('"', '""')}"`;

export const ledgerRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const authorise = projectAccess(createProjectRepository(ctx.pool));

    app.get(
      '/projects/:code/ledger',
      {
        config: { routeId: 'readLedger' },
        schema: {
          summary:
            'The project’s funds ledger: every approval, instalment, disbursement, spending report, reclamation and receipt, and the balances derived from them',
          params: Params,
          response: { 200: LedgerView },
        },
      },
      async (request) => {
        await authorise(request, request.params.code);
        const entries = await ledgerEntriesOf(ctx.pool, request.params.code);
        const phases = [...new Set(entries.map((e) => e.phase))].sort((a, b) => a - b);
        return {
          code: request.params.code,
          balances: ledgerBalances(entries),
          phases: phases.map((phase) => ({
            phase,
            balances: ledgerBalances(entries.filter((e) => e.phase === phase)),
          })),
          entries,
        };
      },
    );

    app.post(
      '/projects/:code/receipts',
      {
        config: { routeId: 'recordReceipt' },
        schema: {
          summary:
            'Finance records money repaid against the project’s reclamation demands (R13); at most what is outstanding',
          params: Params,
          body: ReceiptRequest,
          response: { 201: z.object({ entryKey: z.string(), outstanding: fen() }) },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const code = request.params.code;
        await authorise(request, code);
        const key = request.headers['idempotency-key'];
        const entryKey = `${code}:receipt:${typeof key === 'string' ? `${actor.id}:${key}` : randomUUID()}`;
        const { amount, receivedOn, voucher } = request.body;
        const result = await recordReceipt(ctx.pool, {
          entryKey,
          code,
          amount,
          occurredOn: receivedOn,
          actor,
          basis: `repayment received, voucher ${voucher}`,
          ruleIds: ['R13'],
          details: { voucher },
        });
        if (result.refused) throw ruleViolations([receiptExceedsOutstanding(amount, result.outstanding)]);
        return reply.status(201).send({ entryKey, outstanding: result.outstanding });
      },
    );

    app.get(
      '/ledger/totals',
      {
        config: { routeId: 'ledgerTotals' },
        schema: {
          summary:
            'Portfolio totals of the funds ledger by call-list year, strategic field, county or funding mode (R11); CSV with format=csv or Accept: text/csv',
          querystring: z.object({
            by: z.enum(LEDGER_GROUPINGS).default('year'),
            format: z.enum(['json', 'csv']).optional(),
          }),
          response: {
            200: z.object({ by: z.enum(LEDGER_GROUPINGS), items: z.array(TotalsView) }).or(z.string()),
          },
        },
      },
      async (request, reply) => {
        const { by, format } = request.query;
        const items = await ledgerTotals(ctx.pool, by);
        const csv =
          format === 'csv' || (format === undefined && request.headers.accept?.includes('text/csv'));
        if (!csv) return { by, items };
        const lines = [
          CSV_COLUMNS.join(','),
          ...items.map((item) => CSV_COLUMNS.map((column) => csvCell(item[column])).join(',')),
        ];
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="ledger-totals-by-${by}.csv"`)
          .send(`${lines.join('\r\n')}\r\n`);
      },
    );
  };
