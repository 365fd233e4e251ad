package io.tagwire.tagging;

import java.util.List;

/**
 * Logistic regression by Newton's method with a small L2 penalty (which also keeps a feature that
 * never fires, such as "entity" on a build without the entities stage, at weight 0). Few features,
 * tens of thousands of rows: a handful of iterations, deterministic.
 */
public final class LogisticFit {
  private LogisticFit() {}

  static final double L2 = 1.0;
  static final int MAX_ITERATIONS = 50;

  /** Weights for rows {@code x} (first column the constant 1) and labels {@code y} (0 or 1). */
  public static double[] fit(List<double[]> x, List<Boolean> y) {
    int d = x.get(0).length;
    double[] w = new double[d];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int n = 0; n < x.size(); n++) {
        double[] xi = x.get(n);
        double p = TagFeatures.logistic(w, xi);
        double r = p - (y.get(n) ? 1 : 0);
        double s = p * (1 - p);
        for (int i = 0; i < d; i++) {
          grad[i] += r * xi[i];
          for (int j = 0; j < d; j++) {
            hess[i][j] += s * xi[i] * xi[j];
          }
        }
      }
      for (int i = 1; i < d; i++) { // the bias is not penalised
        grad[i] += L2 * w[i];
        hess[i][i] += L2;
      }
      hess[0][0] += 1e-9;
      double[] step = solve(hess, grad);
      double change = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        change = Math.max(change, Math.abs(step[i]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    return w;
  }

  /** Solves {@code a · s = b} by Gaussian elimination with partial pivoting (a is symmetric positive definite). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[c][c]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return s;
  }
}
