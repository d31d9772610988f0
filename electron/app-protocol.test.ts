// app://donghyang serving renderer/dist: the right file with the CSP, and nothing outside the folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { resolveAppFile, respondToAppRequest } from './app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

let base: string;
let rendererDir: string;

before(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-app-protocol-'));
  rendererDir = path.join(base, 'dist');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>동향</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-1a2b.js'), 'console.log(1)');
  fs.writeFileSync(path.join(rendererDir, 'assets', '한글 이름.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer folder');
});

after(() => fs.rmSync(base, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  const cases: [string, string | null][] = [
    ['app://donghyang/', 'index.html'],
    ['app://donghyang/index.html', 'index.html'],
    ['app://donghyang/assets/index-1a2b.js?v=1', 'assets/index-1a2b.js'],
    ['app://donghyang/assets/%ED%95%9C%EA%B8%80%20%EC%9D%B4%EB%A6%84.css', 'assets/한글 이름.css'],
    // URL parsing folds a literal "/../" at the root away, so this one stays inside the folder.
    ['app://donghyang/../secret.txt', 'secret.txt'],
    ['app://donghyang/..%2fsecret.txt', null],
    ['app://donghyang/assets/..%2f..%2fsecret.txt', null],
    ['app://donghyang/%00index.html', null],
    ['app://donghyang/%E0%A4%A', null],
    ['app://other/index.html', null],
    ['https://donghyang/index.html', null],
  ];
  for (const [url, expected] of cases) {
    test(`${url} → ${expected ?? 'refused'}`, () => {
      assert.equal(resolveAppFile(rendererDir, url), expected === null ? null : path.join(rendererDir, expected));
    });
  }
});

describe('respondToAppRequest', () => {
  test('index.html comes with the CSP, its type and nosniff', async () => {
    const response = await respondToAppRequest(rendererDir, { url: 'app://donghyang/index.html', method: 'GET' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(await response.text(), '<!doctype html><title>동향</title>');
  });

  test('scripts are served as JavaScript', async () => {
    const response = await respondToAppRequest(rendererDir, { url: 'app://donghyang/assets/index-1a2b.js', method: 'GET' });
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await response.text(), 'console.log(1)');
  });

  test('a file outside the renderer folder is not found, even with encoded slashes', async () => {
    const response = await respondToAppRequest(rendererDir, { url: 'app://donghyang/..%2fsecret.txt', method: 'GET' });
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /outside/);
  });

  test('a missing file is 404 and a POST is 405', async () => {
    const missing = await respondToAppRequest(rendererDir, { url: 'app://donghyang/nope.js', method: 'GET' });
    assert.equal(missing.status, 404);
    const post = await respondToAppRequest(rendererDir, { url: 'app://donghyang/index.html', method: 'POST' });
    assert.equal(post.status, 405);
  });
});
