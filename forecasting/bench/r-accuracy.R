#!/usr/bin/env Rscript
# R's own MASE (forecast::accuracy) of every stored R forecast, into r-export/r-accuracy.csv, so a
# unit test (StoredForecastsTest) can hold the benchmark's Java yardstick to R's. Reads only the
# stored export; fits nothing. Scaling as the benchmark: seasonal naive over the shortest season.
#
#   Rscript forecasting/bench/r-accuracy.R [export directory, default forecasting/bench/r-export]

suppressPackageStartupMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
dir <- if (length(args) >= 1) args[1] else file.path(dirname(normalizePath(script)), "r-export")

series <- read.csv(file.path(dir, "series.csv"), stringsAsFactors = FALSE)
values <- read.csv(file.path(dir, "values.csv"), stringsAsFactors = FALSE)
forecasts <- read.csv(file.path(dir, "r-forecasts.csv"), stringsAsFactors = FALSE)

rows <- list()
for (i in seq_len(nrow(series))) {
  s <- series[i, ]
  m <- as.integer(strsplit(s$seasons, " ")[[1]][1])
  y <- ts(values$value[values$id == s$id], frequency = m)
  n <- s$train_length
  for (method in unique(forecasts$method[forecasts$id == s$id])) {
    point <- forecasts$point[forecasts$id == s$id & forecasts$method == method]
    # A forecast object carrying its training data, so accuracy() computes the MASE scale itself.
    # (fitted values only feed the training-set row, which is not used).
    train <- ts(as.numeric(y)[1:n], frequency = m)
    f <- structure(list(mean = ts(point, start = time(y)[n + 1], frequency = m), x = train, fitted = train),
                   class = "forecast")
    rows[[length(rows) + 1]] <- data.frame(id = s$id, method = method,
                                           mase = signif(accuracy(f, y)["Test set", "MASE"], 10))
  }
}
write.csv(do.call(rbind, rows), file.path(dir, "r-accuracy.csv"), row.names = FALSE)
