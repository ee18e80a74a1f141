/**
 * Why a SAML response was refused. Each reason is logged (without the message body) and
 * lets the UI choose its page: `loa_too_low` explains the required level, `status_request_denied`
 * explains the missing service authorisation, the rest show a generic "login failed" page.
 */
export type RejectionReason =
  | 'too_large'
  | 'malformed'
  | 'xml_comment'
  | 'wrapping_detected'
  | 'algorithm_not_allowed'
  | 'wrong_destination'
  | 'status_authn_failed'
  | 'status_request_denied'
  | 'status_no_authn_context'
  | 'status_error'
  | 'assertion_not_encrypted'
  | 'assertion_unsigned'
  | 'invalid_signature'
  | 'decryption_failed'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'wrong_recipient'
  | 'expired'
  | 'not_yet_valid'
  | 'unknown_in_response_to'
  | 'replayed_assertion'
  | 'loa_too_low'
  | 'loa_unknown'
  | 'wrong_service'
  | 'missing_identity'
  | 'invalid_identity'
  | 'artifact_invalid'
  | 'artifact_resolution_failed'
  /** The broker's metadata expired and no valid copy could be loaded (broker-metadata.ts). */
  | 'broker_metadata_expired';

export class SamlRejection extends Error {
  override name = 'SamlRejection';
  constructor(
    readonly reason: RejectionReason,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${reason}: ${detail}`, options);
  }
}

export function reject(reason: RejectionReason, detail: string, cause?: unknown): never {
  throw new SamlRejection(reason, detail, cause === undefined ? undefined : { cause });
}
