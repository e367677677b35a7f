/** Handovers at the crossing: manifests, what was presented, reconciliation, the chain of custody of remains, the act. */
package org.repatria.core.handover;
