import type { AiConnectionTest, AiSettings, AiStatus } from '../../../shared/schemas/ai';
import { setAiKeyInputSchema } from '../../../shared/schemas/ai';
import { AiFailure, type AiProvider, type AiProviderFactory } from '../../ai/provider';
import type { SettingsStore } from '../../settings/settings-store';
import type { Keychain } from '../../store/keychain';
import type { UnitOfWork } from '../../work/unit-of-work';
import { aiSettings } from './settings';

/** The keychain entry of the provider's API key (scoped to this store by the hub). */
export const AI_KEY_ACCOUNT = 'ai-provider-api-key';

/** AI_ENABLED=false (or 0, off, no) in the hub's environment: AI stays off whatever the settings say. */
export function aiForcedOff(env: Record<string, string | undefined>): boolean {
  return ['false', '0', 'off', 'no'].includes((env.AI_ENABLED ?? '').trim().toLowerCase());
}

/** A provider ready for calls, with the settings it was made from. */
export interface OpenConnection {
  provider: AiProvider;
  settings: AiSettings;
}

/**
 * Where the clinic's model is and whether it may be used: the settings, the environment's
 * switch and the API key in the OS keychain (never in the store or a file).
 */
export class AiConnection {
  constructor(
    private readonly settings: SettingsStore,
    private readonly secrets: Keychain,
    private readonly providerFor: AiProviderFactory,
    private readonly forcedOff: boolean,
  ) {}

  async status(uow: UnitOfWork): Promise<AiStatus> {
    const settings = await this.settings.get(uow, aiSettings);
    return { enabled: settings.enabled && !this.forcedOff, forcedOff: this.forcedOff };
  }

  async keyStored(): Promise<boolean> {
    return (await this.secrets.get(AI_KEY_ACCOUNT)) !== null;
  }

  /** Keeps the key in the OS keychain, and audits that it changed, never what it is. */
  async setKey(uow: UnitOfWork, raw: { apiKey: string }): Promise<void> {
    const { apiKey } = setAiKeyInputSchema.parse(raw);
    const had = await this.keyStored();
    await this.secrets.set(AI_KEY_ACCOUNT, apiKey);
    await uow.audit({ action: 'ai.setKey', entity: 'aiInteraction', entityId: null, before: { stored: had }, after: { stored: true } });
  }

  /** A model on the clinic's own PC needs no key: forgetting it is how the clinic moves to one. */
  async clearKey(uow: UnitOfWork): Promise<void> {
    const had = await this.keyStored();
    if (had) await this.secrets.delete(AI_KEY_ACCOUNT);
    await uow.audit({ action: 'ai.setKey', entity: 'aiInteraction', entityId: null, before: { stored: had }, after: { stored: false } });
  }

  /**
   * The provider, or why there is none: switched off (in settings or by the environment), or no
   * base URL. `evenIfOff` is for the settings screen's test, made before AI is switched on.
   */
  async open(uow: UnitOfWork, options: { evenIfOff?: boolean } = {}): Promise<OpenConnection> {
    const settings = await this.settings.get(uow, aiSettings);
    if (this.forcedOff || (!settings.enabled && !options.evenIfOff)) throw new AiFailure('disabled');
    if (!settings.baseUrl) throw new AiFailure('not-configured');
    const apiKey = await this.secrets.get(AI_KEY_ACCOUNT);
    const provider = this.providerFor({ baseUrl: settings.baseUrl, apiKey, timeoutMs: settings.timeoutSeconds * 1000, maxRetries: settings.maxRetries });
    return { provider, settings };
  }

  /** The "test connection" button: the server's model list, with how long it took to answer. */
  async test(connection: OpenConnection | AiFailure): Promise<AiConnectionTest> {
    if (connection instanceof AiFailure) return { ok: false, latencyMs: 0, models: [], failure: connection.kind };
    const started = performance.now();
    try {
      const models = await connection.provider.listModels();
      return { ok: true, latencyMs: Math.round(performance.now() - started), models, failure: null };
    } catch (error) {
      return { ok: false, latencyMs: Math.round(performance.now() - started), models: [], failure: error instanceof AiFailure ? error.kind : 'bad-answer' };
    }
  }
}
