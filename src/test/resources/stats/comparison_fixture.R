# Reference values for comparing a unit with the organisation and a prevalence with an earlier one
# (org.ergolens.stats.FunnelPlot and PrevalenceDifference), computed by R. The tests only read the
# CSV files; they do not need R. Regenerate with (from the repository root):
#
#   Rscript src/test/resources/stats/comparison_fixture.R src/test/resources/stats
#
# Written with R 4.2.2 (Debian r-base-core). Every number is written with 17 significant digits.

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "."

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_table <- function(df, name) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file.path(out, name), row.names = FALSE, quote = FALSE, na = "NA")
}

# ---------------------------------------------------------------------------------------------
# Funnel limits (Spiegelhalter 2005, exact binomial, no interpolation): the 95% and 99.8% limits
# of a unit of n respondents around the organisation's prevalence p are the quantiles
# qbinom(c(0.025, 0.975), n, p) and qbinom(c(0.001, 0.999), n, p), in cases.
sizes <- c(1, 2, 5, 8, 12, 20, 37, 50, 99, 173, 250, 500, 1000, 4321, 20000)
# (No prevalence equal to a tail, such as 0.001: for n = 1 the tail probability would tie with
# the level exactly, and which side of the tie a floating-point result falls on is chance.)
prevalences <- c(0, 0.0013, 0.03, 0.12, 0.25, 0.4137, 0.5, 0.77, 0.9987, 1)
grid <- expand.grid(p = prevalences, n = sizes)[, c("n", "p")]
# (+ 0 turns the -0 that qbinom can return into 0.)
grid$lower_998 <- qbinom(0.001, grid$n, grid$p) + 0
grid$lower_95 <- qbinom(0.025, grid$n, grid$p) + 0
grid$upper_95 <- qbinom(0.975, grid$n, grid$p) + 0
grid$upper_998 <- qbinom(0.999, grid$n, grid$p) + 0
write_table(grid, "funnel_limits.csv")

# One-sided exact tail probabilities around the upper 95% limit: a unit is above the limit exactly
# when P(X >= cases) <= 0.025, binom.test(cases, n, p, alternative = "greater")$p.value.
tails <- do.call(rbind, lapply(seq_len(nrow(grid)), function(i) {
  n <- grid$n[i]; p <- grid$p[i]; u <- grid$upper_95[i]
  x <- unique(pmin(pmax(u + (-1):2, 0), n))
  data.frame(n = n, p = p, cases = x,
             p_greater = sapply(x, function(k) binom.test(k, n, p, alternative = "greater")$p.value),
             p_less = sapply(x, function(k) binom.test(k, n, p, alternative = "less")$p.value))
}))
tails <- tails[tails$p > 0 & tails$p < 1, ]
write_table(tails, "funnel_tails.csv")

# ---------------------------------------------------------------------------------------------
# Wilson score intervals, R's prop.test(x, n, correct = FALSE)$conf.int, and Newcombe's hybrid
# score interval for p1 - p2 (Newcombe 1998, method 10) built from them:
#   low  = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),  high = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
wilson <- function(x, n) as.vector(suppressWarnings(prop.test(x, n, correct = FALSE))$conf.int)
pairs <- rbind(
  # Newcombe (1998), Table II, examples (a) to (h).
  c(56, 70, 48, 80), c(9, 10, 3, 10), c(6, 7, 2, 7), c(5, 56, 0, 29),
  c(0, 10, 0, 20), c(0, 10, 0, 10), c(10, 10, 0, 20), c(10, 10, 0, 10),
  # Month-on-month changes of the sizes a department and the organisation have.
  c(42, 173, 37, 170), c(31, 172, 42, 242), c(450, 5000, 470, 4980), c(3, 12, 5, 11),
  c(0, 25, 2, 24), c(25, 25, 20, 24), c(1203, 10234, 1180, 10102), c(7, 9, 1, 8))
newcombe <- data.frame(x1 = pairs[, 1], n1 = pairs[, 2], x2 = pairs[, 3], n2 = pairs[, 4])
for (i in seq_len(nrow(newcombe))) {
  r <- newcombe[i, ]
  w1 <- wilson(r$x1, r$n1); w2 <- wilson(r$x2, r$n2)
  p1 <- r$x1 / r$n1; p2 <- r$x2 / r$n2; d <- p1 - p2
  newcombe$wilson1_low[i] <- w1[1]; newcombe$wilson1_high[i] <- w1[2]
  newcombe$wilson2_low[i] <- w2[1]; newcombe$wilson2_high[i] <- w2[2]
  newcombe$difference[i] <- d
  newcombe$ci_low[i] <- d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2)
  newcombe$ci_high[i] <- d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)
}
write_table(newcombe, "newcombe_difference.csv")
