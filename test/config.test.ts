// The configuration module and the docker-compose file that must speak its language.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
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
  const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), {
    merge: true,
  }) as {
    services: Record<
      string,
      { environment?: Record<string, string>; command?: string[]; image?: string; build?: string }
    >;
  };

  it('has the services the README promises', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'migrate',
      'postgres',
      'temporal',
      'temporal-ui',
      'worker',
    ]);
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
});
