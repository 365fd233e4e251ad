package io.tagwire.classify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Multinomial logistic regression (softmax) with an L2 penalty, trained by full-batch L-BFGS.
 * Minimises {@code mean_i -ln p(y_i | x_i) + ||W||^2 / (2 C n)} (the bias is not penalised; C
 * plays the role it has in scikit-learn's LogisticRegression). No randomness and a fixed order of
 * every sum, so the same data always gives the same weights.
 */
public final class SoftmaxRegression {
  private SoftmaxRegression() {}

  /** Trained weights: {@code weights[k][j]} for class k and feature j, plus one bias per class. */
  public record Weights(float[][] weights, float[] bias) {
    public int classes() {
      return bias.length;
    }

    /** Class probabilities of one feature vector. */
    public double[] probabilities(SparseVector x) {
      int k = bias.length;
      double[] z = new double[k];
      for (int c = 0; c < k; c++) {
        double s = bias[c];
        float[] w = weights[c];
        int[] idx = x.indices();
        float[] val = x.values();
        for (int j = 0; j < idx.length; j++) {
          s += w[idx[j]] * val[j];
        }
        z[c] = s;
      }
      return softmax(z);
    }
  }

  public record Options(double c, int maxIterations, double tolerance) {}

  public static Weights train(List<SparseVector> xs, int[] ys, int classes, int dimension, Options options) {
    Problem p = new Problem(xs, ys, classes, dimension, 1.0 / (options.c() * xs.size()));
    double[] theta = lbfgs(p, new double[classes * dimension + classes], options.maxIterations(), options.tolerance());
    float[][] w = new float[classes][dimension];
    float[] b = new float[classes];
    for (int c = 0; c < classes; c++) {
      for (int j = 0; j < dimension; j++) {
        w[c][j] = (float) theta[c * dimension + j];
      }
      b[c] = (float) theta[classes * dimension + c];
    }
    return new Weights(w, b);
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** The penalised mean cross-entropy and its gradient. */
  /** Slices of the training set for the parallel gradient (fixed, so results do not depend on cores). */
  static final int CHUNKS = 4;

  private static final class Problem {
    final List<SparseVector> xs;
    final int[] ys;
    final int k;
    final int d;
    final double lambda;

    Problem(List<SparseVector> xs, int[] ys, int k, int d, double lambda) {
      this.xs = xs;
      this.ys = ys;
      this.k = k;
      this.d = d;
      this.lambda = lambda;
    }

    /**
     * Loss and gradient, summed over {@link #CHUNKS} fixed slices of the examples computed in
     * parallel and added in slice order: the same bytes whatever the number of cores.
     */
    double evaluate(double[] theta, double[] grad) {
      int n = xs.size();
      int chunks = n >= 2_000 ? CHUNKS : 1;
      double[][] grads = new double[chunks][];
      double[] losses = new double[chunks];
      java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
        grads[c] = new double[grad.length];
        losses[c] = slice(theta, grads[c], c * n / chunks, (c + 1) * n / chunks);
      });
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      for (int c = 0; c < chunks; c++) {
        loss += losses[c];
        double[] g = grads[c];
        for (int j = 0; j < grad.length; j++) {
          grad[j] += g[j];
        }
      }
      int biasAt = k * d;
      double reg = 0;
      for (int j = 0; j < biasAt; j++) {
        reg += theta[j] * theta[j];
        grad[j] += lambda * theta[j];
      }
      return loss + 0.5 * lambda * reg;
    }

    /** Mean-loss share and gradient share of examples [from, to). */
    private double slice(double[] theta, double[] grad, int from, int to) {
      int n = xs.size();
      int biasAt = k * d;
      double loss = 0;
      double[] z = new double[k];
      for (int i = from; i < to; i++) {
        SparseVector x = xs.get(i);
        int[] idx = x.indices();
        float[] val = x.values();
        for (int c = 0; c < k; c++) {
          double s = theta[biasAt + c];
          int off = c * d;
          for (int j = 0; j < idx.length; j++) {
            s += theta[off + idx[j]] * val[j];
          }
          z[c] = s;
        }
        double[] p = softmax(z);
        loss -= Math.log(Math.max(p[ys[i]], 1e-300));
        for (int c = 0; c < k; c++) {
          double r = (p[c] - (c == ys[i] ? 1.0 : 0.0)) / n;
          if (r == 0) {
            continue;
          }
          int off = c * d;
          for (int j = 0; j < idx.length; j++) {
            grad[off + idx[j]] += r * val[j];
          }
          grad[biasAt + c] += r;
        }
      }
      return loss / n;
    }
  }

  /** Limited-memory BFGS (10 pairs) with a backtracking Armijo line search. */
  private static double[] lbfgs(Problem p, double[] x, int maxIterations, double tolerance) {
    int m = 10;
    int size = x.length;
    double[] g = new double[size];
    double f = p.evaluate(x, g);
    Deque<double[]> ss = new ArrayDeque<>();
    Deque<double[]> ys = new ArrayDeque<>();
    Deque<Double> rhos = new ArrayDeque<>();
    double[] xNew = new double[size];
    double[] gNew = new double[size];
    for (int iter = 0; iter < maxIterations; iter++) {
      double[] dir = direction(g, ss, ys, rhos);
      double gd = dot(g, dir);
      if (gd >= 0) {
        ss.clear();
        ys.clear();
        rhos.clear();
        for (int i = 0; i < size; i++) {
          dir[i] = -g[i];
        }
        gd = dot(g, dir);
      }
      double step = ss.isEmpty() ? 1.0 / Math.max(1e-12, Math.sqrt(dot(g, g))) : 1.0;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int tries = 0; tries < 40; tries++) {
        for (int i = 0; i < size; i++) {
          xNew[i] = x[i] + step * dir[i];
        }
        fNew = p.evaluate(xNew, gNew);
        if (fNew <= f + 1e-4 * step * gd) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        break;
      }
      double[] s = new double[size];
      double[] y = new double[size];
      for (int i = 0; i < size; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-12) {
        ss.addLast(s);
        ys.addLast(y);
        rhos.addLast(1.0 / sy);
        if (ss.size() > m) {
          ss.removeFirst();
          ys.removeFirst();
          rhos.removeFirst();
        }
      }
      double change = Math.abs(f - fNew) / Math.max(1.0, Math.abs(f));
      System.arraycopy(xNew, 0, x, 0, size);
      System.arraycopy(gNew, 0, g, 0, size);
      f = fNew;
      if (change < tolerance || Math.sqrt(dot(g, g)) < 1e-7) {
        break;
      }
    }
    return x;
  }

  private static double[] direction(double[] g, Deque<double[]> ss, Deque<double[]> ys, Deque<Double> rhos) {
    int size = g.length;
    double[] q = g.clone();
    int m = ss.size();
    double[] alpha = new double[m];
    double[][] sArr = ss.toArray(new double[0][]);
    double[][] yArr = ys.toArray(new double[0][]);
    Double[] rArr = rhos.toArray(new Double[0]);
    for (int i = m - 1; i >= 0; i--) {
      alpha[i] = rArr[i] * dot(sArr[i], q);
      axpy(-alpha[i], yArr[i], q);
    }
    if (m > 0) {
      double gamma = dot(sArr[m - 1], yArr[m - 1]) / dot(yArr[m - 1], yArr[m - 1]);
      for (int i = 0; i < size; i++) {
        q[i] *= gamma;
      }
    }
    for (int i = 0; i < m; i++) {
      double beta = rArr[i] * dot(yArr[i], q);
      axpy(alpha[i] - beta, sArr[i], q);
    }
    for (int i = 0; i < size; i++) {
      q[i] = -q[i];
    }
    return q;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }
}
