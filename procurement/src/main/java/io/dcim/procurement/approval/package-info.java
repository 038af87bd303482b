/**
 * Deciding on purchase requests: submit, approve (as many distinct managers as the
 * {@link io.dcim.procurement.approval.ApprovalPolicy} asks for the amount, never the
 * requester), reject or return with a reason, cancel and close; and the
 * {@link io.dcim.procurement.approval.ApprovalImpact} a manager weighs: space, power,
 * depreciation started and GPU utilization.
 */
package io.dcim.procurement.approval;
