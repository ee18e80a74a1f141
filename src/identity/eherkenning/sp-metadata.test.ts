import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityFixture, type IdentityFixture } from '../testing.ts';
import { BINDING, NS } from './constants.ts';
import { serviceProviderMetadataXml } from './sp-metadata.ts';
import { certificateBody, children, descendants, parseXml, strictText } from './xml.ts';

let f: IdentityFixture;
beforeAll(async () => {
  f = await identityFixture();
}, 60_000);
afterAll(async () => {
  await f.handle.close();
});

describe('SP metadata (GET /saml/metadata)', () => {
  it('names the entity, both ACS bindings, signing and encryption certificates and the service in nl and en', () => {
    const doc = parseXml(serviceProviderMetadataXml(f.sp));
    expect(doc.documentElement?.getAttribute('entityID')).toBe(f.sp.entityId);
    const acs = descendants(doc, NS.md, 'AssertionConsumerService').map((e) => [
      e.getAttribute('Binding'),
      e.getAttribute('Location'),
    ]);
    expect(acs).toEqual([
      [BINDING.artifact, f.sp.acsArtifactUrl],
      [BINDING.post, f.sp.acsPostUrl],
    ]);
    const uses = descendants(doc, NS.md, 'KeyDescriptor').map((k) => k.getAttribute('use'));
    expect(uses).toEqual(['signing', 'encryption']);
    expect(strictText(descendants(doc, NS.ds, 'X509Certificate')[0] as never)).toBe(
      certificateBody(f.sp.keys.certificate),
    );
    const service = descendants(doc, NS.md, 'AttributeConsumingService')[0];
    expect(service?.getAttribute('index')).toBe('1');
    const names = children(service as never, NS.md, 'ServiceName').map((n) => [
      n.getAttribute('xml:lang'),
      strictText(n),
    ]);
    expect(names).toEqual([
      ['nl', 'Immigratie- en Naturalisatiedienst: toegang tot het portaal'],
      ['en', 'Immigration and Naturalisation Service: access to the portal'],
    ]);
  });
});
