import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestServer, type TestServer } from './tessera-server';

export type ServerAndBrowser = { readonly server: TestServer; readonly browser: Browser };

/**
 * The real server and one Chromium, started before the tests of the describe block that calls
 * this and closed after them. Read them from the returned object inside tests: they exist only
 * once beforeAll has run.
 */
export function useServerAndBrowser(): ServerAndBrowser {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`The ${name} is read before beforeAll started it`);
    return value;
  };
  return {
    get server() { return started(server, 'test server'); },
    get browser() { return started(browser, 'browser'); },
  };
}
