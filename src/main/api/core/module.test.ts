import { describe, expect, it } from 'vitest';
import { MODULES } from '../../modules';
import { defineModule, moduleKey, ModuleServices, type AnyModule, type Platform } from './module';

/** The services only record who was built, and from what. */
const platform = {} as Platform;
const built: string[] = [];
const counter = moduleKey<{ count: number }>('counter');
const doubler = moduleKey<{ doubled: number }>('doubler');
const counterModule = defineModule({
  key: counter,
  needs: {},
  entities: [],
  build: () => (built.push('counter'), { count: 21 }),
  routes: {},
});
const doublerModule = defineModule({
  key: doubler,
  needs: { counter },
  entities: [],
  build: ({ counter: from }) => (built.push('doubler'), { doubled: from.count * 2 }),
  routes: {},
});

describe('assembling modules', () => {
  it('builds each module after the modules it needs, whatever order they are listed in', () => {
    built.length = 0;
    const services = ModuleServices.build([doublerModule, counterModule] as AnyModule[], platform);
    expect(built).toEqual(['counter', 'doubler']);
    expect(services.of(doubler).doubled).toBe(42);
  });

  it('refuses a need that is not listed, or a cycle, at start rather than at the first request', () => {
    expect(() => ModuleServices.build([doublerModule] as AnyModule[], platform)).toThrow(/needs not met or in a cycle: doubler/);
    const selfish = defineModule({ key: moduleKey('selfish'), needs: { me: moduleKey('selfish') }, entities: [], build: () => ({}), routes: {} });
    expect(() => ModuleServices.build([selfish] as AnyModule[], platform)).toThrow(/selfish/);
  });

  it('answers only for modules it assembled', () => {
    expect(() => ModuleServices.build([counterModule] as AnyModule[], platform).of(doubler)).toThrow(/doubler is not assembled/);
  });

  it('the clinic’s modules have one name each and own distinct tables', () => {
    const names = MODULES.map((module) => module.key.name);
    expect(new Set(names).size).toBe(names.length);
    const tables = MODULES.flatMap((module) => module.entities.map((entity) => entity.options.tableName));
    expect(new Set(tables).size).toBe(tables.length);
  });
});
