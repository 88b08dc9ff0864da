import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('runs on its embedded defaults with an empty environment', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 8787, DATA_DIR: '.data', MODEL_PROVIDER: 'local', DORMANCY_DAYS: 30 });
  });

  it('names every bad or missing variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', MODEL_PROVIDER: 'bedrock', NOW: 'yesterday' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'BEDROCK_MODEL_ID', 'NOW']) expect(message).toContain(name);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DYNAMODB_ENDPOINT: '' }).DYNAMODB_ENDPOINT).toBeUndefined();
  });
});
