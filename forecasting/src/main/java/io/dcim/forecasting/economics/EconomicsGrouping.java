package io.dcim.forecasting.economics;

/** What a site's economics is broken down by: each month, each GPU class over the months, or each tenant. */
public enum EconomicsGrouping { MONTH, GPU_CLASS, TENANT }
