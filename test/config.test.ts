// The configuration module and the docker-compose file that must speak its language.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  CLUSTER_SERVICES,
  SCHEMAS,
  SCHEMA_STEPS,
  SERVER_CONFIG,
  TEMPORAL_SERVER_VERSION,
  TEMPORAL_UI_VERSION,
  UI_CONFIG,
} from '../scripts/lib/temporal-cluster';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, parseConfig } from '../config/env';

describe('config', () => {
  it('applies defaults for a bare environment', () => {
    const config = parseConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/gongguan');
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(config.API_PORT).toBe(3000);
    expect(config.TEMPORAL_UI_PORT).toBe(8233);
  });

  it('lists every bad value at once', () => {
    const bad = {
      DATABASE_URL: 'mysql://x',
      API_PORT: '99999',
      TEMPORAL_ADDRESS: 'no-port',
      LOG_LEVEL: 'loud',
    };
    let error: unknown;
    try {
      parseConfig(bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(problems.sort()).toEqual(['API_PORT', 'DATABASE_URL', 'LOG_LEVEL', 'TEMPORAL_ADDRESS']);
    expect((error as ConfigError).message).toContain('must be a postgres:// connection URL');
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ API_PORT: '' }).API_PORT).toBe(3000);
  });
});

describe('docker-compose.yml', () => {
  type Service = {
    environment?: Record<string, string>;
    command?: string[];
    entrypoint?: string[];
    image?: string;
    build?: string;
    volumes?: string[];
  };
  const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), {
    merge: true,
  }) as { services: Record<string, Service> };
  const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  const temporalServices = CLUSTER_SERVICES.map((s) => `temporal-${s}`);

  it('has the services the README promises', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      [
        'api',
        'migrate',
        'postgres',
        'temporal-namespace',
        'temporal-schema',
        'temporal-ui',
        'worker',
        ...temporalServices,
      ].sort(),
    );
  });

  it.each(['api', 'worker', 'migrate'])(
    '%s is built from the repository and sets only variables config/env.ts reads',
    (name) => {
      const service = compose.services[name]!;
      expect(service.build).toBe('.');
      const names = Object.keys(service.environment ?? {});
      expect(names.length).toBeGreaterThan(0);
      for (const variable of names) expect(CONFIG_VARIABLES).toContain(variable);
      // The config must also accept the values the file sets.
      expect(() => parseConfig(service.environment!)).not.toThrow();
    },
  );

  it('runs entry points that exist', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const entry = compose.services[name]!.command!.at(-1)!;
      expect(() => readFileSync(new URL(`../${entry}`, import.meta.url))).not.toThrow();
    }
  });

  it("runs cluster mode's server version, config and services, one container each", () => {
    const template = read(`${SERVER_CONFIG.dir}/${SERVER_CONFIG.env}.yaml`);
    for (const [i, name] of temporalServices.entries()) {
      const service = compose.services[name]!;
      expect(service.image).toBe(`temporalio/server:${TEMPORAL_SERVER_VERSION.slice(1)}`);
      expect(service.volumes).toEqual([`./${SERVER_CONFIG.dir}:/etc/gongguan/temporal:ro`]);
      expect(service.command!.join(' ')).toContain(
        `--config etc/gongguan/temporal --env ${SERVER_CONFIG.env} --allow-no-auth start --service ${CLUSTER_SERVICES[i]}`,
      );
      // Every variable set is one the server's config template reads.
      for (const variable of Object.keys(service.environment!))
        expect(template, variable).toContain(`env "${variable}"`);
    }
    expect(compose.services['temporal-frontend']!.environment!.TEMPORAL_DYNAMIC_CONFIG).toBe(
      '/etc/gongguan/temporal/dynamicconfig.yaml',
    );
  });

  it('sets up the schemas with the steps cluster mode takes', () => {
    const schema = compose.services['temporal-schema']!;
    expect(schema.image).toBe(`temporalio/admin-tools:${TEMPORAL_SERVER_VERSION.slice(1)}`);
    expect(schema.environment!.SQL_PLUGIN).toBe('postgres12');
    const lines = schema.command!.join('\n').trim().split('\n');
    const expected = Object.entries({ persistence: 'temporal', visibility: 'temporal_visibility' }).flatMap(
      ([kind, db]) => [
        `SQL_DATABASE=${db} temporal-sql-tool create-database || true`,
        ...SCHEMA_STEPS.map(
          (step) =>
            `SQL_DATABASE=${db} temporal-sql-tool ${step
              .map((arg) => (arg === '<schema>' ? SCHEMAS[kind as keyof typeof SCHEMAS] : arg))
              .join(' ')}`,
        ),
      ],
    );
    expect(lines).toEqual(expected);
  });

  it("serves cluster mode's read-only UI", () => {
    const ui = compose.services['temporal-ui']!;
    expect(ui.image).toBe(`temporalio/ui:${TEMPORAL_UI_VERSION.slice(1)}`);
    expect(ui.volumes).toEqual([
      `./${UI_CONFIG.dir}/${UI_CONFIG.env}.yaml:/home/ui-server/config/docker.yaml:ro`,
    ]);
    const config = read(`${UI_CONFIG.dir}/${UI_CONFIG.env}.yaml`);
    expect(config).toMatch(/^disableWriteActions: true$/m);
    for (const variable of Object.keys(ui.environment!))
      expect(config, variable).toContain(`env "${variable}"`);
  });
});
