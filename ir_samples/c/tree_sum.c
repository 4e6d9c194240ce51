/* Recursion over a pointer-linked binary tree: a weighted sum of node values. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    double value;
    struct Node *left, *right;
} Node;

double tree_sum(const Node *t, double scale) {
    if (t == NULL) return 0.0;
    return sin(scale * t->value) + tree_sum(t->left, scale * 0.5) + tree_sum(t->right, scale * 2.0);
}

static Node *build(const double *vals, int lo, int hi) {
    if (lo >= hi) return NULL;
    int mid = (lo + hi) / 2;
    Node *n = (Node *)malloc(sizeof(Node));
    n->value = vals[mid];
    n->left = build(vals, lo, mid);
    n->right = build(vals, mid + 1, hi);
    return n;
}

static void destroy(Node *n) {
    if (!n) return;
    destroy(n->left);
    destroy(n->right);
    free(n);
}

int main(void) {
    double vals[7] = {0.3, -0.6, 1.2, 0.05, -0.9, 0.45, 0.8};
    Node *root = build(vals, 0, 7);
    printf("%s = %.17g\n", "tree_sum", tree_sum(root, 0.7));
    destroy(root);
    fflush(stdout);
    return 0;
}
