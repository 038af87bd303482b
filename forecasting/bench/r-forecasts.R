#!/usr/bin/env Rscript
# Side-by-side benchmark of issue #15: exports public series (training part and held-out actuals)
# and the forecasts of R's forecast package for them, so the Java side (VersusR, profile
# bench-forecasting, -Ddcim.bench=vsr) can score the engine against R without R installed.
#
#   apt-get install -y r-base-core r-cran-forecast     # the benchmark only, never the tests
#   Rscript forecasting/bench/r-forecasts.R [output directory, default forecasting/bench/r-export]
#   Rscript forecasting/bench/r-accuracy.R     # then R's own MASE of them, for StoredForecastsTest
#
# Series come only from what R ships (datasets, forecast), chosen for breadth, never tuned:
# monthly (18 held out, as M4), quarterly (8 held out: the native ones plus quarterly sums or
# means of long monthly series), and half-hourly / hourly electricity demand (taylor and windows
# of it; 2 days and 1 week held out). Annual series are left out: the engine needs a season.
#
# Methods, each with its defaults: ets(), auto.arima(), thetaf(), snaive(), and stlf() (STL, or
# MSTL for several seasons, with ETS on the seasonally adjusted series). For the sub-daily series
# the ts object is an msts with a daily and a weekly season, whose frequency is the weekly one:
# ets() then ignores the season (it refuses frequencies above 24), snaive() repeats last week,
# thetaf() deseasonalises by week, and auto.arima() is what forecast's authors advise for long
# seasons, a non-seasonal ARIMA with Fourier terms of both seasons as regressors (K = 10 pairs
# each, as in their book's half-hourly example, the same for every series) -- a seasonal ARIMA
# over 48 or 336 points takes hours here. The note column of r-models.csv has R's warnings.
# Times are of fit plus forecast, one call each, in a warm R session: wall-clock seconds and the
# process's CPU seconds (user + system), the latter comparable on a machine shared with other work.

suppressPackageStartupMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
out <- if (length(args) >= 1) args[1] else file.path(dirname(normalizePath(script)), "r-export")
dir.create(out, showWarnings = FALSE, recursive = TRUE)

LEVELS <- c(80, 95)

quarterly <- function(x, fun) aggregate(x, nfrequency = 4, FUN = fun)
hourly <- function(x) {
  # taylor is half-hourly MW: the hourly mean keeps the unit.
  v <- as.numeric(x)
  msts(colMeans(matrix(v, nrow = 2)), seasonal.periods = c(24, 168))
}
halfhourly <- function(v) msts(v, seasonal.periods = c(48, 336))
weeks <- function(x, from, to, per_week) {
  # Whole weeks from..to (1-based) of a sub-daily series, keeping its seasons.
  periods <- attr(x, "msts")
  msts(as.numeric(x)[((from - 1) * per_week + 1):(to * per_week)], seasonal.periods = periods)
}

seatbelts <- function(column) Seatbelts[, column]
taylor_hh <- halfhourly(as.numeric(taylor))
taylor_h <- hourly(taylor)

# id, source, period, series, horizon
collection <- list(
  list("AirPassengers", "datasets", "month", AirPassengers, 18),
  list("co2", "datasets", "month", co2, 18),
  list("nottem", "datasets", "month", nottem, 18),
  list("USAccDeaths", "datasets", "month", USAccDeaths, 18),
  list("ldeaths", "datasets", "month", ldeaths, 18),
  list("mdeaths", "datasets", "month", mdeaths, 18),
  list("fdeaths", "datasets", "month", fdeaths, 18),
  list("UKDriverDeaths", "datasets", "month", UKDriverDeaths, 18),
  list("Seatbelts-DriversKilled", "datasets", "month", seatbelts("DriversKilled"), 18),
  list("Seatbelts-front", "datasets", "month", seatbelts("front"), 18),
  list("Seatbelts-rear", "datasets", "month", seatbelts("rear"), 18),
  list("Seatbelts-kms", "datasets", "month", seatbelts("kms"), 18),
  list("Seatbelts-VanKilled", "datasets", "month", seatbelts("VanKilled"), 18),
  list("Seatbelts-PetrolPrice", "datasets", "month", seatbelts("PetrolPrice"), 18),
  list("sunspots", "datasets", "month", sunspots, 18),
  list("gas", "forecast", "month", gas, 18),
  list("wineind", "forecast", "month", wineind, 18),
  list("austres", "datasets", "quarter", austres, 8),
  list("JohnsonJohnson", "datasets", "quarter", JohnsonJohnson, 8),
  list("UKgas", "datasets", "quarter", UKgas, 8),
  list("freeny.y", "datasets", "quarter", freeny.y, 8),
  list("woolyrnq", "forecast", "quarter", woolyrnq, 8),
  list("AirPassengers-quarterly", "datasets", "quarter", quarterly(AirPassengers, sum), 8),
  list("co2-quarterly", "datasets", "quarter", quarterly(co2, mean), 8),
  list("nottem-quarterly", "datasets", "quarter", quarterly(nottem, mean), 8),
  list("UKDriverDeaths-quarterly", "datasets", "quarter", quarterly(UKDriverDeaths, sum), 8),
  list("gas-quarterly", "forecast", "quarter", quarterly(gas, sum), 8),
  list("wineind-quarterly", "forecast", "quarter", quarterly(wineind, sum), 8),
  list("taylor", "forecast", "half-hour", taylor_hh, 96),
  list("taylor-weeks1-4", "forecast", "half-hour", weeks(taylor_hh, 1, 4, 336), 96),
  list("taylor-weeks5-8", "forecast", "half-hour", weeks(taylor_hh, 5, 8, 336), 96),
  list("taylor-hourly", "forecast", "hour", taylor_h, 168),
  list("taylor-hourly-weeks1-6", "forecast", "hour", weeks(taylor_h, 1, 6, 168), 168)
)

# DCIM_BENCH_R_ONLY=id,id,... runs a subset (for checking the script; the stored data hold them all).
only <- Sys.getenv("DCIM_BENCH_R_ONLY", "")
if (nzchar(only)) {
  collection <- Filter(function(entry) entry[[1]] %in% strsplit(only, ",")[[1]], collection)
}

seasons_of <- function(y) {
  periods <- attr(y, "msts")
  if (is.null(periods)) frequency(y) else sort(periods)
}

# Training part as the same kind of object (ts or msts) with the same start and seasons.
training_of <- function(y, n) {
  periods <- attr(y, "msts")
  if (is.null(periods)) ts(as.numeric(y)[1:n], start = start(y), frequency = frequency(y))
  else msts(as.numeric(y)[1:n], seasonal.periods = periods)
}

fit_and_forecast <- function(method, train, h) {
  sub_daily <- !is.null(attr(train, "msts"))
  switch(method,
    ets = { fit <- ets(train); list(fc = forecast(fit, h = h, level = LEVELS), model = fit$method) },
    auto.arima = if (sub_daily) {
      K <- pmin(10, floor(attr(train, "msts") / 2))
      fit <- auto.arima(train, seasonal = FALSE, xreg = fourier(train, K = K))
      list(fc = forecast(fit, h = h, level = LEVELS, xreg = fourier(train, K = K, h = h)),
           model = paste0(as.character(fit), " + Fourier(", paste(K, collapse = ","), ")"))
    } else {
      fit <- auto.arima(train)
      list(fc = forecast(fit, h = h, level = LEVELS), model = as.character(fit))
    },
    thetaf = list(fc = thetaf(train, h = h, level = LEVELS), model = "Theta"),
    snaive = list(fc = snaive(train, h = h, level = LEVELS), model = paste0("SNaive[", frequency(train), "]")),
    stlf = {
      fc <- stlf(train, h = h, level = LEVELS)
      model <- gsub(" +", " ", fc$method)
      list(fc = fc, model = if (sub_daily) sub("^STL", "MSTL", model) else model)
    })
}

METHODS <- c("ets", "auto.arima", "thetaf", "snaive", "stlf")

timed <- function(method, train, h) {
  warnings_seen <- character(0)
  started <- proc.time()
  result <- tryCatch(withCallingHandlers(fit_and_forecast(method, train, h),
                                         warning = function(w) {
                                           warnings_seen <<- c(warnings_seen, conditionMessage(w))
                                           invokeRestart("muffleWarning")
                                         }),
                     error = function(e) list(error = conditionMessage(e)))
  used <- proc.time() - started
  result$seconds <- used[["elapsed"]]
  result$cpu <- used[["user.self"]] + used[["sys.self"]]
  result$note <- paste(unique(c(warnings_seen, result$error)), collapse = "; ")
  result
}

run_series <- function(entry) {
  id <- entry[[1]]; y <- entry[[4]]; h <- entry[[5]]
  n <- length(y) - h
  if (any(is.na(y))) stop(id, " has missing values")
  rows <- list(
    series = data.frame(id = id, source = entry[[2]], period = entry[[3]],
                        seasons = paste(seasons_of(y), collapse = " "), horizon = h, train_length = n),
    values = data.frame(id = id, t = seq_along(y), value = signif(as.numeric(y), 10)),
    forecasts = list(), models = list())
  train <- training_of(y, n)
  for (method in METHODS) {
    result <- timed(method, train, h)
    if (!is.null(result$error)) {
      rows$models[[method]] <- data.frame(id = id, method = method, model = "failed", seconds = NA,
                                          cpu_seconds = NA, note = result$note)
      cat(sprintf("%-26s %-10s FAILED: %s\n", id, method, result$error))
      next
    }
    fc <- result$fc
    rows$forecasts[[method]] <- data.frame(
      id = id, method = method, step = seq_len(h),
      point = signif(as.numeric(fc$mean), 10),
      lo80 = signif(as.numeric(fc$lower[, 1]), 10), hi80 = signif(as.numeric(fc$upper[, 1]), 10),
      lo95 = signif(as.numeric(fc$lower[, 2]), 10), hi95 = signif(as.numeric(fc$upper[, 2]), 10))
    rows$models[[method]] <- data.frame(id = id, method = method, model = result$model,
                                        seconds = round(result$seconds, 4), cpu_seconds = round(result$cpu, 4),
                                        note = result$note)
    cat(sprintf("%-26s %-10s %8.3f s (CPU %.3f s)  %s\n", id, method, result$seconds, result$cpu, result$model))
  }
  rows
}

# Series run in parallel worker processes (DCIM_BENCH_R_WORKERS, default 2), the longest first so
# that the last to finish is a short one; each call's CPU time is its own process's. Output keeps
# the collection's order.
# One untimed pass of every method on a short series first, so no series pays for loading
# namespaces or compiling R code (the worker processes are forked from this warm session).
invisible(lapply(METHODS, function(method) timed(method, window(ldeaths, end = c(1978, 6)), 18)))
invisible(lapply(METHODS, function(method) timed(method, weeks(taylor_h, 1, 3, 168), 24)))
workers <- as.integer(Sys.getenv("DCIM_BENCH_R_WORKERS", "2"))
longest_first <- order(-sapply(collection, function(entry) length(entry[[4]])))
done <- parallel::mclapply(collection[longest_first], run_series, mc.cores = workers, mc.preschedule = FALSE)
failed <- sapply(done, inherits, "try-error")
if (any(failed)) stop("series failed: ", paste(sapply(done[failed], as.character), collapse = "; "))
results <- vector("list", length(collection))
results[longest_first] <- done

write_table <- function(part, name) {
  rows <- lapply(results, function(r) if (is.data.frame(r[[part]])) r[[part]] else do.call(rbind, unname(r[[part]])))
  write.csv(do.call(rbind, rows), file.path(out, name), row.names = FALSE)
}
write_table("series", "series.csv")
write_table("values", "values.csv")
write_table("forecasts", "r-forecasts.csv")
write_table("models", "r-models.csv")
writeLines(sprintf("R %s, forecast %s (%s), %d cores, exported %s UTC", getRversion(), packageVersion("forecast"),
                   R.version$platform, parallel::detectCores(), format(Sys.time(), "%Y-%m-%d", tz = "UTC")),
           file.path(out, "r-session.txt"))
