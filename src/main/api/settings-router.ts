import type { AnyTRPCRouter } from '@trpc/server';
import { MODULES } from '../modules';
import type { AnyModule } from './core/module';
import { inUnitOfWork, permittedProcedure } from './core/procedures';
import type { SectionValue, SettingsSection } from './core/settings-section';
import { t } from './core/trpc';
import type { UnionToIntersection } from './union-to-intersection';

/** Every settings section the modules register, by name. */
type SectionsOf<Modules extends readonly AnyModule[]> = UnionToIntersection<NonNullable<Modules[number]['settings']>>;
type Sections = SectionsOf<typeof MODULES>;

function sectionsOf(modules: readonly AnyModule[]): Record<string, SettingsSection<unknown>> {
  const sections: Record<string, SettingsSection<unknown>> = {};
  for (const module of modules) {
    for (const [name, section] of Object.entries(module.settings ?? {})) {
      if (name in sections || name !== section.name) throw new Error(`settings section "${name}" is registered twice, or under another name`);
      sections[name] = section;
    }
  }
  return sections;
}

/** `settings.<name>.get` and `settings.<name>.save`: read under the section's view permission, saved under its manage permission. */
function sectionRouter<T>(section: SettingsSection<T>) {
  return t.router({
    get: permittedProcedure(section.view, 'read')
      .use(inUnitOfWork)
      .query(({ ctx }): Promise<T> => ctx.open.settings.get(ctx.uow, section)),
    save: permittedProcedure(section.manage, 'write')
      .use(inUnitOfWork)
      .input(section.schema)
      .mutation(async ({ ctx, input }): Promise<T> => {
        const saved = await ctx.open.settings.save(ctx.uow, section, input as T);
        ctx.uow.afterCommit(() => section.afterSave?.(saved, ctx));
        return saved;
      }),
  });
}

type SectionRouters = { [Name in keyof Sections]: ReturnType<typeof sectionRouter<SectionValue<Sections[Name]>>> };
type AllSettings = { [Name in keyof Sections]: SectionValue<Sections[Name]> };

const SECTIONS = sectionsOf(MODULES);
const routers: Record<string, AnyTRPCRouter> = Object.fromEntries(Object.entries(SECTIONS).map(([name, section]) => [name, sectionRouter(section)]));

/**
 * The clinic's settings, one router per section the modules register: no procedure, column or
 * migration is written by hand for a new section. `all` is every section at once, for the
 * Clinic settings screen.
 */
export const settingsRouter = t.router({
  ...(routers as SectionRouters),
  all: permittedProcedure('clinic.view', 'read')
    .use(inUnitOfWork)
    .query(async ({ ctx }): Promise<AllSettings> => {
      const values: Record<string, unknown> = {};
      for (const [name, section] of Object.entries(SECTIONS)) values[name] = await ctx.open.settings.get(ctx.uow, section);
      return values as AllSettings;
    }),
});
