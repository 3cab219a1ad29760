/**
 * Verbs that attribute speech ("Peskov said", "told reporters", "according to"). Stage 4 uses them
 * as evidence that a capitalised word is a person; stage 6 uses them as clause boundaries and to
 * tell the reporter of an event from its participants.
 */
export const REPORTING_VERB =
  /^(said|says|say|told|tells|added|adds|noted|notes|stated|wrote|announced|insisted|argued|warned|stressed|explained|confirmed|replied|asked|urged|according|saying|noting|adding)$/;
