/**
 * The REST API that field-service systems, SMS gateways and call centres call with an API key:
 * completed jobs in, survey invitations and collected answers out, under {@code /api/v1}. The
 * resources only translate between JSON and the services in nps-persistence and nps-reporting;
 * every error leaves as an RFC 9457 problem detail naming the field, and the OpenAPI
 * description at {@code /openapi} is generated from the annotations here.
 */
package org.fieldnps.web.api;
