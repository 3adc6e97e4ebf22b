package org.fieldnps.reporting.figures;

import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;

/** A filter whose codes have been found, and found inside the caller's scope: ids, not codes. */
record ResolvedFilter(Period period, Long regionId, Long teamId, Long engineerId, Long serviceTypeId,
        CustomerTier tier, Channel channel) {
}
