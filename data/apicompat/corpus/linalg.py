# Corpus: torch.linalg. Decompositions with sign/order freedom are compared through reconstructions or invariants.

# %% torch.linalg.norm | Frobenius norm of a matrix
import torch
result = torch.linalg.norm(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))

# %% torch.linalg.norm | vector norms along a dim
import torch
result = torch.linalg.norm(torch.tensor([[3.0, 4.0], [5.0, 12.0]]), dim=1)

# %% torch.linalg.norm | infinity norm of a vector
import torch
result = torch.linalg.norm(torch.tensor([1.0, -7.0, 3.0]), ord=float("inf"))

# %% torch.linalg.vector_norm | vector 2-norm of a flattened matrix
import torch
result = torch.linalg.vector_norm(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))

# %% torch.linalg.vector_norm | vector 1-norm with keepdim
import torch
result = torch.linalg.vector_norm(torch.tensor([[1.0, -2.0], [3.0, -4.0]]), ord=1, dim=-1, keepdim=True)

# %% torch.linalg.matrix_norm | nuclear norm
# rtol: 1e-5
import torch
result = torch.linalg.matrix_norm(torch.tensor([[2.0, 0.0], [0.0, 3.0]]), ord="nuc")

# %% torch.linalg.matrix_norm | Frobenius matrix norm of a batch
import torch
result = torch.linalg.matrix_norm(torch.arange(8.0).reshape(2, 2, 2))

# %% torch.linalg.inv | matrix inverse
# rtol: 1e-5
import torch
result = torch.linalg.inv(torch.tensor([[4.0, 7.0], [2.0, 6.0]]))

# %% torch.linalg.inv | batched inverse in float64
# rtol: 1e-10
import torch
a = torch.tensor([[[2.0, 0.0], [0.0, 4.0]], [[1.0, 2.0], [3.0, 4.0]]], dtype=torch.float64)
result = torch.linalg.inv(a)

# %% torch.linalg.det | determinant
# rtol: 1e-5
import torch
result = torch.linalg.det(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))

# %% torch.linalg.slogdet | sign and log of the determinant
# names: sign, logabsdet
# rtol: 1e-5
import torch
sign, logabsdet = torch.linalg.slogdet(torch.tensor([[0.0, 2.0], [3.0, 1.0]]))

# %% torch.linalg.solve | solve a linear system
# rtol: 1e-5
import torch
A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([9.0, 8.0])
result = torch.linalg.solve(A, b)

# %% torch.linalg.solve | solve with a matrix right-hand side
# rtol: 1e-5
import torch
A = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
B = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
result = torch.linalg.solve(A, B)

# %% torch.linalg.cholesky | cholesky factor of an SPD matrix
# rtol: 1e-5
import torch
result = torch.linalg.cholesky(torch.tensor([[4.0, 2.0], [2.0, 3.0]]))

# %% torch.linalg.qr | QR reconstructs the matrix
# atol: 1e-5
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
Q, R = torch.linalg.qr(A)
result = Q @ R

# %% torch.linalg.qr | reduced Q and R shapes
# names: Q, R
# check: shape
import torch
Q, R = torch.linalg.qr(torch.arange(12.0).reshape(4, 3))

# %% torch.linalg.svd | SVD reconstructs the matrix
# atol: 1e-5
import torch
A = torch.tensor([[3.0, 1.0, 1.0], [-1.0, 3.0, 1.0]])
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
result = U @ torch.diag(S) @ Vh

# %% torch.linalg.svd | singular values from svd
# rtol: 1e-5
import torch
_, result, _ = torch.linalg.svd(torch.tensor([[3.0, 0.0], [4.0, 5.0]]))

# %% torch.linalg.svdvals | singular values only
# rtol: 1e-5
import torch
result = torch.linalg.svdvals(torch.tensor([[2.0, 0.0], [0.0, -3.0]]))

# %% torch.linalg.eigh | eigenvalues of a symmetric matrix
# names: evals
# rtol: 1e-5
import torch
evals, evecs = torch.linalg.eigh(torch.tensor([[2.0, 1.0], [1.0, 2.0]]))

# %% torch.linalg.eigh | eigh reconstruction
# atol: 1e-5
import torch
A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
L, V = torch.linalg.eigh(A)
result = V @ torch.diag(L) @ V.T

# %% torch.linalg.eigvalsh | eigenvalues only
# rtol: 1e-5
import torch
result = torch.linalg.eigvalsh(torch.tensor([[5.0, 2.0], [2.0, 2.0]]))

# %% torch.linalg.eigvals | spectral radius from the (complex) eigenvalues
# rtol: 1e-5
import torch
A = torch.tensor([[2.0, 1.0], [0.0, 3.0]])
result = torch.linalg.eigvals(A).abs().max()

# %% torch.linalg.matrix_rank | rank of a singular matrix
import torch
result = torch.linalg.matrix_rank(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))

# %% torch.linalg.pinv | pseudo-inverse of a tall matrix
# rtol: 1e-4
# atol: 1e-5
import torch
result = torch.linalg.pinv(torch.tensor([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]]))

# %% torch.linalg.lstsq | least squares solution
# rtol: 1e-4
# atol: 1e-5
import torch
A = torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
B = torch.tensor([[1.0], [2.0], [2.0]])
result = torch.linalg.lstsq(A, B).solution

# %% torch.linalg.matrix_power | matrix power
import torch
result = torch.linalg.matrix_power(torch.tensor([[1.0, 1.0], [0.0, 1.0]]), 3)

# %% torch.linalg.matrix_exp | matrix exponential of a diagonal matrix
# rtol: 1e-5
import torch
result = torch.linalg.matrix_exp(torch.tensor([[0.0, 0.0], [0.0, 1.0]]))

# %% torch.linalg.cross | cross product
import torch
result = torch.linalg.cross(torch.tensor([1.0, 0.0, 0.0]), torch.tensor([0.0, 0.0, 1.0]))

# %% torch.linalg.multi_dot | chained matrix product
import torch
a = torch.tensor([[1.0, 2.0]])
b = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
c = torch.tensor([[3.0], [4.0]])
result = torch.linalg.multi_dot([a, b, c])

# %% torch.linalg.vecdot | batched vector dot product
import torch
result = torch.linalg.vecdot(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.0, 1.0], [2.0, 0.0]]))

# %% torch.linalg.cond | condition number
# rtol: 1e-5
import torch
result = torch.linalg.cond(torch.tensor([[1.0, 0.0], [0.0, 4.0]]))

# %% torch.linalg.solve_triangular | solve an upper triangular system
# rtol: 1e-5
import torch
U = torch.tensor([[2.0, 1.0], [0.0, 4.0]])
B = torch.tensor([[3.0], [8.0]])
result = torch.linalg.solve_triangular(U, B, upper=True)

# %% torch.linalg.lu_factor | LU factors reconstruct via lu_unpack
# atol: 1e-5
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
LU, piv = torch.linalg.lu_factor(A)
P, L, U = torch.lu_unpack(LU, piv)
result = P @ L @ U

# %% torch.linalg.diagonal | diagonal of a batch of matrices
import torch
result = torch.linalg.diagonal(torch.arange(8.0).reshape(2, 2, 2))

# %% torch.linalg.inv_ex | inverse with an info code
# names: inverse, info
# rtol: 1e-5
import torch
inverse, info = torch.linalg.inv_ex(torch.tensor([[2.0, 0.0], [0.0, 5.0]]))
